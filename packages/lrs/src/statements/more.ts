import { badRequest } from "../http/errors";
import type { TXapiVersion } from "../xapi/versions";
import { parseStatementQuery, QUERY_PARAMS, type TStatementQuery } from "./query-params";

/**
 * The `more` link carries the original query and the `stored` of the last statement returned. It
 * holds no server state, so it never expires (the spec asks for at least 24 hours), and because
 * `stored` only grows and statements become visible in `stored` order, following it neither
 * skips nor repeats statements while other clients insert. The query is re-read through the same
 * checks as a fresh request, so a hand-edited token can do no more than a query could.
 */
export function encodeMore(query: TStatementQuery, cursor: string): string {
  const params = new URLSearchParams();
  if (query.agent) params.set("agentIfi", query.agent);
  if (query.verb) params.set("verb", query.verb);
  if (query.activity) params.set("activity", query.activity);
  if (query.registration) params.set("registration", query.registration);
  if (query.relatedAgents) params.set("related_agents", "true");
  if (query.relatedActivities) params.set("related_activities", "true");
  if (query.since) params.set("since", query.since);
  if (query.until) params.set("until", query.until);
  if (query.ascending) params.set("ascending", "true");
  if (query.format !== "exact") params.set("format", query.format);
  if (query.attachments) params.set("attachments", "true");
  params.set("limit", String(query.limit));
  return Buffer.from(JSON.stringify({ q: params.toString(), c: cursor })).toString("base64url");
}

export function decodeMore(
  token: string,
  version: TXapiVersion,
): { query: TStatementQuery; cursor: string } {
  let decoded: { q?: unknown; c?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as typeof decoded;
  } catch {
    throw badRequest("more: is not a link this LRS gave out");
  }
  if (
    typeof decoded.q !== "string" ||
    typeof decoded.c !== "string" ||
    Number.isNaN(Date.parse(decoded.c))
  )
    throw badRequest("more: is not a link this LRS gave out");
  const params = new URLSearchParams(decoded.q);
  // The agent travels as its IFI, already checked when the query was first made.
  const agentIfi = params.get("agentIfi");
  params.delete("agentIfi");
  for (const name of params.keys())
    if (!(QUERY_PARAMS as readonly string[]).includes(name))
      throw badRequest("more: is not a link this LRS gave out");
  const query = parseStatementQuery(params, version);
  if (agentIfi) query.agent = agentIfi;
  return { query, cursor: decoded.c };
}
