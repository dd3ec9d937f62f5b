import { EMAIL_KINDS, type TIdentifierKind, type TIdentitySettings } from "./identity";

/**
 * The keys identifiers are matched on, shared by core (the import, the ingest hook, the quality
 * checks) and the demo seed, so a value matches wherever it is seen. Pure and browser-safe; the
 * e-mail hash (node:crypto) stays in core.
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

/** "<homePage> <name>" with one space and no trailing slash on the homePage, as actors resolve. */
export function accountKey(value: string): string {
  const [homePage = "", ...name] = value.trim().split(/\s+/);
  return [homePage.replace(/\/+$/, ""), ...name].join(" ");
}
