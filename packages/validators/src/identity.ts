import { z } from "zod";

/** Systems that hold IDs for people, and the kinds of ID they hold. */
export const IDENTITY_SYSTEMS = [
  "lms",
  "webinar",
  "crm",
  "github",
  "jira",
  "xapi",
  "hris",
  "events",
  "other",
] as const;
export type TIdentitySystem = (typeof IDENTITY_SYSTEMS)[number];
export const IDENTITY_SYSTEM_LABELS: Record<TIdentitySystem, string> = {
  lms: "LMS",
  webinar: "Webinar tool",
  crm: "CRM",
  github: "GitHub",
  jira: "Jira",
  xapi: "xAPI actor",
  hris: "HR system",
  events: "Events platform",
  other: "Other",
};

export const IDENTIFIER_KINDS = [
  "user_id",
  "email",
  "contact_id",
  "account_id",
  "login",
  "mbox",
  "mbox_sha1sum",
  "openid",
  "account",
] as const;
export type TIdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Kinds whose values are e-mail addresses (normalised and hashed alike). */
export const EMAIL_KINDS: readonly TIdentifierKind[] = ["email", "mbox"];

/** The deterministic rules that resolve an xAPI actor to a person, in the order they are tried. */
export const MATCH_RULES = ["xapi_exact", "external_id", "email", "mbox_sha1sum"] as const;
export type TMatchRule = (typeof MATCH_RULES)[number];
export const MATCH_RULE_LABELS: Record<TMatchRule, string> = {
  xapi_exact: "Same xAPI identifier (mbox, account, openid, mbox_sha1sum)",
  external_id: "xAPI account on a known system (e.g. a GitHub login or LMS user id)",
  email: "Same e-mail address in any system (normalised)",
  mbox_sha1sum: "mbox_sha1sum equals the hash of a known e-mail address",
};

/** The data-quality checks (core/src/quality), each with an alert threshold in the settings. */
export const QUALITY_CHECKS = [
  "unmapped_actors",
  "people_without_crm_id",
  "duplicate_people",
  "identifiers_claimed_twice",
  "out_of_range_scores",
  "implausible_timestamps",
] as const;
export type TQualityCheck = (typeof QUALITY_CHECKS)[number];

export const ZIdentitySettingsSchema = z.object({
  /** Rules in order; a disabled rule is skipped. */
  rules: z
    .array(z.object({ rule: z.enum(MATCH_RULES), enabled: z.boolean() }))
    .refine((rules) => new Set(rules.map((r) => r.rule)).size === rules.length, "each rule once"),
  /**
   * Domains where "name+tag@domain" is the same mailbox as "name@domain"; "*" for every domain.
   * Empty: plus-addresses are distinct.
   */
  plusAddressingDomains: z.array(z.string().trim().toLowerCase().min(1)).max(200),
  /** xAPI account homePages that are a system's user ids: account name = that system's ID. */
  accountSystems: z
    .array(
      z.object({
        homePage: z.url("must be a URL, like https://github.com"),
        system: z.enum(IDENTITY_SYSTEMS),
        kind: z.enum(IDENTIFIER_KINDS),
      }),
    )
    .max(50),
  /**
   * Alert thresholds: a check whose count is above its threshold raises an alert on the home
   * dashboard. A missing check never alerts.
   */
  qualityThresholds: z.partialRecord(z.enum(QUALITY_CHECKS), z.number().int().min(0)).default({}),
});
export type TIdentitySettings = z.infer<typeof ZIdentitySettingsSchema>;
