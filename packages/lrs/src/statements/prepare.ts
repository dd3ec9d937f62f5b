import { agentIfi } from "../xapi/ifi";
import { statementKeys, type KeySet } from "./keys";

type TJson = Record<string, unknown>;

export const VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

/** A statement ready to store: its JSON (without `stored`) and the values its columns hold. */
export type TPreparedStatement = {
  id: string;
  statement: TJson;
  actorIfi: string;
  verbId: string;
  activityId: string | null;
  objectStatementId: string | null;
  registration: string | null;
  /** The statement's own timestamp, or null when the LRS sets it to `stored`. */
  timestamp: string | null;
  isVoiding: boolean;
  /** The person the ingest hook resolved the actor to, and by which rule. */
  personId: string | null;
  resolvedBy: string | null;
  keys: KeySet;
};

/** Draws columns and keys from a validated, normalised statement that already has its id. */
export function prepareStatement(
  statement: TJson,
  personId: string | null = null,
  resolvedBy: string | null = null,
): TPreparedStatement {
  const object = statement.object as TJson;
  const objectType = (object.objectType as string | undefined) ?? "Activity";
  const verbId = (statement.verb as TJson).id as string;
  const context = statement.context as TJson | undefined;
  const objectStatementId =
    objectType === "StatementRef" ? (object.id as string).toLowerCase() : null;
  // A validated actor always has an IFI, except an anonymous group: its members identify it.
  const actorIfi = agentIfi(statement.actor) ?? "group:anonymous";
  const activityId = objectType === "Activity" ? (object.id as string) : null;
  return {
    id: (statement.id as string).toLowerCase(),
    statement,
    actorIfi,
    verbId,
    activityId,
    objectStatementId,
    registration:
      typeof context?.registration === "string" ? context.registration.toLowerCase() : null,
    timestamp: typeof statement.timestamp === "string" ? statement.timestamp : null,
    isVoiding: verbId === VOIDED_VERB && objectStatementId !== null,
    personId,
    resolvedBy,
    keys: statementKeys(statement, { actorIfi, activityId }),
  };
}
