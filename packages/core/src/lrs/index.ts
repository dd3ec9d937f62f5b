export {
  createCredential,
  listCredentials,
  listCredentialOptions,
  revokeCredential,
  verifyCredential,
  type TVerifiedCredential,
} from "./credentials";
export { browseStatements, statementPageSql } from "./browse-statements";
export { viewStatement } from "./view-statement";
export { ingestCounts, ingestCountsSql } from "./ingest-counts";
export { listRejections } from "./rejections";
