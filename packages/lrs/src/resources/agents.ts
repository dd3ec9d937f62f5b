import { requireScope } from "../auth/scopes";
import type { TLrsContext } from "../http/context";
import { badRequest } from "../http/errors";
import { parseJsonParam, rejectUnknownParams, requireParam } from "../http/params";
import { json } from "../http/responses";
import { validateAgentParam } from "../xapi/agent-param";

/**
 * GET /agents?agent=: the Person object the LRS knows for an agent. Until the ID mappings area
 * links identifiers across systems, the person holds the identifiers of the agent asked about.
 */
export async function getAgents(ctx: TLrsContext): Promise<Response> {
  requireScope(ctx.credential, "agents", "GET");
  rejectUnknownParams(ctx.params, ["agent"]);
  const agent = parseJsonParam(requireParam(ctx.params, "agent"), "agent") as Record<
    string,
    unknown
  >;
  const problem = validateAgentParam(agent, ctx.version);
  if (problem) throw badRequest(`agent: ${problem}`);
  const person: Record<string, unknown> = { objectType: "Person" };
  if (typeof agent.name === "string") person.name = [agent.name];
  for (const ifi of ["mbox", "mbox_sha1sum", "openid", "account"] as const)
    if (agent[ifi] !== undefined) person[ifi] = [agent[ifi]];
  return json(person);
}
