import { createHash } from "node:crypto";

/**
 * How IDs are compared. Pure functions: the import, the ingest hook and the quality checks all
 * normalise the same way, so a value matches wherever it is seen.
 */

/** The keys IDs are matched on (validators/identity-keys.ts, shared with the demo seed). */
export { accountKey, isEmailKind, matchKeyOf, nameKey, normalizeEmail } from "@xroi/validators";

/** SHA-1 of the mailto IRI, as xAPI's mbox_sha1sum is computed. */
export function emailSha1(normalizedEmail: string): string {
  return createHash("sha1").update(`mailto:${normalizedEmail}`).digest("hex");
}

/** An xAPI actor's canonical IFI (see packages/lrs/src/xapi/ifi.ts) taken apart. */
export type TActorIfi =
  | { kind: "mbox"; value: string }
  | { kind: "mbox_sha1sum"; value: string }
  | { kind: "openid"; value: string }
  | { kind: "account"; value: string; homePage: string; name: string };

export function parseActorIfi(ifi: string): TActorIfi | undefined {
  const colon = ifi.indexOf(":");
  const kind = ifi.slice(0, colon);
  const value = ifi.slice(colon + 1);
  if (kind === "mbox" || kind === "mbox_sha1sum" || kind === "openid") return { kind, value };
  if (kind === "account") {
    const space = value.indexOf(" ");
    if (space <= 0) return undefined;
    return { kind, value, homePage: value.slice(0, space), name: value.slice(space + 1) };
  }
  return undefined;
}
