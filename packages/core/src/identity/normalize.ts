import { createHash } from "node:crypto";
import { EMAIL_KINDS, type TIdentifierKind, type TIdentitySettings } from "@xroi/validators";

/**
 * How IDs are compared. Pure functions: the import, the ingest hook and the quality checks all
 * normalise the same way, so a value matches wherever it is seen.
 */

/** "  Ana.Lima+webinars@Example.ORG " -> "ana.lima@example.org" where the domain allows plus-addressing. */
export function normalizeEmail(
  raw: string,
  settings: Pick<TIdentitySettings, "plusAddressingDomains">,
): string {
  const email = raw
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, "");
  const at = email.lastIndexOf("@");
  if (at <= 0) return email;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const plus = settings.plusAddressingDomains;
  const stripsPlus = plus.includes("*") || plus.includes(domain);
  return `${stripsPlus ? local.replace(/\+.*$/, "") : local}@${domain}`;
}

/** SHA-1 of the mailto IRI, as xAPI's mbox_sha1sum is computed. */
export function emailSha1(normalizedEmail: string): string {
  return createHash("sha1").update(`mailto:${normalizedEmail}`).digest("hex");
}

export function isEmailKind(kind: string): boolean {
  return (EMAIL_KINDS as readonly string[]).includes(kind);
}

/** The value an identifier is matched on: e-mails normalised, IDs trimmed, hashes lower-cased. */
export function matchKeyOf(
  kind: TIdentifierKind | string,
  value: string,
  settings: Pick<TIdentitySettings, "plusAddressingDomains">,
): string {
  if (isEmailKind(kind)) return normalizeEmail(value, settings);
  if (kind === "mbox_sha1sum") return value.trim().toLowerCase();
  if (kind === "account") return accountKey(value);
  return value.trim();
}

/** For search and similar-name candidates (validators/names.ts, shared with the demo seed). */
export { nameKey } from "@xroi/validators";

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

/** "<homePage> <name>" with one space and no trailing slash on the homePage, as actors resolve. */
export function accountKey(value: string): string {
  const [homePage = "", ...name] = value.trim().split(/\s+/);
  return [homePage.replace(/\/+$/, ""), ...name].join(" ");
}
