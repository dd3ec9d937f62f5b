/**
 * Statement validation and normalisation for the xAPI LRS (2.0.0 and 1.0.3). Pure functions, no
 * I/O: `validateStatement` lists every problem with a received statement, `normalizeStatement`
 * turns a valid one into the form the store keeps, and the format checks are exported for the
 * store and the query parameters (statementId, registration, since/until, agent, verb, activity).
 */
export { validateStatement, INTERACTION_TYPES, VOIDED_VERB } from "./statement";
export type { TValidateOptions } from "./statement";
export { normalizeStatement } from "./normalize";
export {
  isDuration,
  isIri,
  isIrl,
  isLanguageTag,
  isMailtoIri,
  isMediaType,
  isSha1Hex,
  isStatementVersion,
  isTimestamp,
  isUri,
  isUuid,
  normalizeTimestamp,
  parseTimestamp,
} from "./formats";
