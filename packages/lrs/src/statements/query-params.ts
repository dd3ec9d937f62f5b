import { badRequest } from "../http/errors";
import { agentIfi } from "../xapi/ifi";
import { parseJsonParam, parseTimestampParam } from "../http/params";
import type { TXapiVersion } from "../xapi/versions";
import { isIri, isUuid } from "../validate";
import { validateAgentParam } from "../xapi/agent-param";

export type TStatementFormat = "exact" | "ids" | "canonical";

/** A statement query as the store runs it: every filter already turned into what a column holds. */
export type TStatementQuery = {
  agent?: string;
  verb?: string;
  activity?: string;
  registration?: string;
  relatedAgents: boolean;
  relatedActivities: boolean;
  since?: string;
  until?: string;
  limit: number;
  ascending: boolean;
  format: TStatementFormat;
  attachments: boolean;
};

export const QUERY_PARAMS = [
  "agent",
  "verb",
  "activity",
  "registration",
  "related_agents",
  "related_activities",
  "since",
  "until",
  "limit",
  "ascending",
  "format",
  "attachments",
] as const;

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

function booleanParam(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  if (value === null) return false;
  if (value === "true") return true;
  if (value === "false") return false;
  throw badRequest(`${name}: must be true or false`);
}

export function formatParam(params: URLSearchParams): TStatementFormat {
  const value = params.get("format") ?? "exact";
  if (value === "exact" || value === "ids" || value === "canonical") return value;
  throw badRequest("format: must be one of exact, ids, canonical");
}

export function attachmentsParam(params: URLSearchParams): boolean {
  return booleanParam(params, "attachments");
}

/** Reads and checks the query parameters of GET /statements (no statementId, no more). */
export function parseStatementQuery(
  params: URLSearchParams,
  version: TXapiVersion,
): TStatementQuery {
  const query: TStatementQuery = {
    relatedAgents: booleanParam(params, "related_agents"),
    relatedActivities: booleanParam(params, "related_activities"),
    ascending: booleanParam(params, "ascending"),
    attachments: attachmentsParam(params),
    format: formatParam(params),
    limit: DEFAULT_PAGE_SIZE,
  };
  const agent = params.get("agent");
  if (agent !== null) {
    const parsed = parseJsonParam(agent, "agent");
    const problem = validateAgentParam(parsed, version);
    if (problem) throw badRequest(`agent: ${problem}`);
    query.agent = agentIfi(parsed);
  }
  const verb = params.get("verb");
  if (verb !== null) {
    if (!isIri(verb)) throw badRequest("verb: must be an IRI");
    query.verb = verb;
  }
  const activity = params.get("activity");
  if (activity !== null) {
    if (!isIri(activity)) throw badRequest("activity: must be an IRI");
    query.activity = activity;
  }
  const registration = params.get("registration");
  if (registration !== null) {
    if (!isUuid(registration)) throw badRequest("registration: must be a UUID");
    query.registration = registration.toLowerCase();
  }
  const since = params.get("since");
  if (since !== null) query.since = parseTimestampParam(since, "since", version);
  const until = params.get("until");
  if (until !== null) query.until = parseTimestampParam(until, "until", version);
  const limit = params.get("limit");
  if (limit !== null) {
    if (!/^\d+$/.test(limit)) throw badRequest("limit: must be a whole number, 0 or more");
    const n = Number(limit);
    query.limit = n === 0 || n > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : n;
  }
  return query;
}
