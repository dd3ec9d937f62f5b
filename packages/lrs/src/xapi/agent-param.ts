import { validateStatement } from "../validate";
import { agentIfi } from "./ifi";
import type { TXapiVersion } from "./versions";

/**
 * Checks an `agent` request parameter (statements filter, documents, /agents) by the same rules
 * as a statement's actor, and requires an IFI (an anonymous group cannot be looked up).
 * Returns what is wrong, or undefined.
 */
export function validateAgentParam(value: unknown, version: TXapiVersion): string | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value))
    return "must be a JSON object: an Agent or identified Group";
  const probe = {
    actor: value,
    verb: { id: "http://adlnet.gov/expapi/verbs/experienced" },
    object: { id: "http://example.com/a" },
  };
  const problem = validateStatement(probe, { version }).find((p) => p.path.startsWith("actor"));
  if (problem) {
    const rest = problem.path.slice("actor".length).replace(/^\./, "");
    return rest ? `${rest}: ${problem.rule}` : problem.rule;
  }
  if (!agentIfi(value))
    return "must have an inverse functional identifier (mbox, mbox_sha1sum, openid or account)";
  return undefined;
}
