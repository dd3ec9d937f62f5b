import { badRequest } from "../http/errors";
import {
  parseJsonParam,
  parseTimestampParam,
  rejectUnknownParams,
  requireParam,
} from "../http/params";
import { agentIfi } from "../xapi/ifi";
import type { TXapiVersion } from "../xapi/versions";
import { isIri, isUuid } from "../validate";
import { validateAgentParam } from "../xapi/agent-param";

export type TDocumentKind = "state" | "activity_profile" | "agent_profile";

/** Which document (or, without documentId, which set of documents) a request addresses. */
export type TDocumentKey = {
  kind: TDocumentKind;
  activityId: string;
  agentIfi: string;
  registration: string;
  documentId?: string;
};

const SHAPES: Record<TDocumentKind, { id: string; params: string[] }> = {
  state: { id: "stateId", params: ["activityId", "agent", "registration", "stateId", "since"] },
  activity_profile: { id: "profileId", params: ["activityId", "profileId", "since"] },
  agent_profile: { id: "profileId", params: ["agent", "profileId", "since"] },
};

function agentParam(params: URLSearchParams, version: TXapiVersion): string {
  const parsed = parseJsonParam(requireParam(params, "agent"), "agent");
  const problem = validateAgentParam(parsed, version);
  if (problem) throw badRequest(`agent: ${problem}`);
  return agentIfi(parsed)!;
}

/**
 * Reads a document resource's parameters: the ones it requires, the id (required to write one
 * document, optional to read or delete), `since` only for listing ids.
 */
export function parseDocumentParams(
  kind: TDocumentKind,
  params: URLSearchParams,
  method: string,
  version: TXapiVersion,
): { key: TDocumentKey; since?: string } {
  const shape = SHAPES[kind];
  rejectUnknownParams(params, shape.params);
  const key: TDocumentKey = { kind, activityId: "", agentIfi: "", registration: "" };
  if (kind !== "agent_profile") {
    key.activityId = requireParam(params, "activityId");
    if (!isIri(key.activityId)) throw badRequest("activityId: must be an IRI");
  }
  if (kind !== "activity_profile") key.agentIfi = agentParam(params, version);
  const registration = params.get("registration");
  if (registration !== null) {
    if (!isUuid(registration)) throw badRequest("registration: must be a UUID");
    key.registration = registration.toLowerCase();
  }
  const id = params.get(shape.id);
  if (id !== null) key.documentId = id;
  const writes = method === "PUT" || method === "POST";
  if (writes && !id) throw badRequest(`${shape.id}: is required`);
  if (kind !== "state" && method === "DELETE" && !id) throw badRequest(`${shape.id}: is required`);
  const sinceText = params.get("since");
  let since: string | undefined;
  if (sinceText !== null) {
    if (method !== "GET" || id !== null)
      throw badRequest(`since: only lists ids (a GET without ${shape.id})`);
    since = parseTimestampParam(sinceText, "since", version);
  }
  return { key, since };
}
