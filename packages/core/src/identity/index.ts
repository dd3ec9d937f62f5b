export {
  normalizeEmail,
  emailSha1,
  matchKeyOf,
  nameKey,
  parseActorIfi,
  isEmailKind,
} from "./normalize";
export { DEFAULT_IDENTITY_SETTINGS, readIdentitySettings } from "./settings";
export {
  resolveActorIfis,
  resolveStoredActors,
  lookupsFor,
  type TResolution,
} from "./resolve-actors";
export { identityIngestHooks } from "./ingest-hooks";
