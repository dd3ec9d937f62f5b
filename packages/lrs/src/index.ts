export { createLrsHandler, xapiError, XAPI_BASE_PATH, type TLrsOptions } from "./handler";
export {
  passThroughHooks,
  type TIngestHooks,
  type TIngestStatement,
  type TIngestContext,
} from "./hooks/ingest-hooks";
export { agentIfi } from "./xapi/ifi";
export { CSV_COLUMNS } from "./export/csv-columns";
export { serveFetchHandler } from "./node-server";
// Credentials for HTTP Basic callers outside /xapi (the ID-mapping connector endpoint in api).
export { createAuthenticator } from "./auth/authenticate";
export { verifyCredential } from "./auth/verify-credential";
export { LrsError } from "./http/errors";
export type { TCredential } from "./http/context";
