/**
 * Agents and identified groups are the same when they use the same inverse functional identifier
 * (IFI). We keep one canonical string per IFI, so a filter, a document key and an index row all
 * compare the same way: `mbox:mailto:ana@example.org`, `mbox_sha1sum:<hex>`, `openid:<uri>`,
 * `account:<homePage> <name>` (an IRL cannot hold a space, so the split is unambiguous).
 */
export type TAgentLike = {
  mbox?: unknown;
  mbox_sha1sum?: unknown;
  openid?: unknown;
  account?: { homePage?: unknown; name?: unknown } | unknown;
};

export function agentIfi(agent: unknown): string | undefined {
  if (!agent || typeof agent !== "object") return undefined;
  const a = agent as TAgentLike;
  if (typeof a.mbox === "string") return `mbox:${a.mbox}`;
  if (typeof a.mbox_sha1sum === "string") return `mbox_sha1sum:${a.mbox_sha1sum.toLowerCase()}`;
  if (typeof a.openid === "string") return `openid:${a.openid}`;
  const account = a.account as { homePage?: unknown; name?: unknown } | undefined;
  if (account && typeof account.homePage === "string" && typeof account.name === "string")
    return `account:${account.homePage} ${account.name}`;
  return undefined;
}

/** The agent object an IFI string stands for (used to show a credential's authority, for example). */
export function agentFromIfi(ifi: string): Record<string, unknown> {
  const colon = ifi.indexOf(":");
  const kind = ifi.slice(0, colon);
  const value = ifi.slice(colon + 1);
  if (kind === "account") {
    const space = value.indexOf(" ");
    return { account: { homePage: value.slice(0, space), name: value.slice(space + 1) } };
  }
  return { [kind]: value };
}
