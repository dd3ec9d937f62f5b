export {
  createCredential,
  listCredentials,
  revokeCredential,
  verifyCredential,
  hashSecret,
  type TVerifiedCredential,
} from "./credentials";
