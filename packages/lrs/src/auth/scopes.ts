import type { TLrsScope } from "@xroi/validators";
import { forbidden } from "../http/errors";
import type { TCredential } from "../http/context";

/** What each resource and method needs; `all` grants everything, `all/read` every read. */
type TNeed = { read: boolean; scopes: TLrsScope[] };

export type TResourceKind = "statements" | "state" | "profile" | "activities" | "agents" | "export";

const NEEDS: Record<TResourceKind, { read: TLrsScope[]; write: TLrsScope[] }> = {
  statements: { read: ["statements/read", "statements/read/mine"], write: ["statements/write"] },
  state: { read: ["state"], write: ["state"] },
  profile: { read: ["profile"], write: ["profile"] },
  // Reading activity and agent descriptions comes with reading statements or defining them.
  activities: { read: ["statements/read", "define", "profile"], write: [] },
  agents: { read: ["statements/read", "define", "profile"], write: [] },
  export: { read: ["statements/read", "statements/read/mine"], write: [] },
};

function needFor(resource: TResourceKind, method: string): TNeed {
  const read = method === "GET" || method === "HEAD";
  return { read, scopes: NEEDS[resource][read ? "read" : "write"] };
}

/** Refuses with 403, naming the scopes that would do, when the credential has none of them. */
export function requireScope(
  credential: TCredential,
  resource: TResourceKind,
  method: string,
): void {
  const { read, scopes } = needFor(resource, method);
  const held = credential.scopes;
  if (held.includes("all") || (read && held.includes("all/read"))) return;
  if (scopes.some((s) => held.includes(s))) return;
  const options = [...scopes, ...(read ? ["all/read"] : []), "all"].join(", ");
  throw forbidden(
    `this credential may not ${read ? "read" : "write"} ${resource}; it needs one of the scopes ${options}`,
  );
}

/** For statement reads: undefined means every statement, an id means only that credential's. */
export function statementReadScope(credential: TCredential): string | undefined {
  const held = credential.scopes;
  if (held.includes("all") || held.includes("all/read") || held.includes("statements/read"))
    return undefined;
  return credential.id;
}

export function canDefine(credential: TCredential): boolean {
  return credential.scopes.includes("all") || credential.scopes.includes("define");
}
