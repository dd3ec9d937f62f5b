import type { TSqlRunner } from "@xroi/db/sql";
import { ZIdentitySettingsSchema, type TIdentitySettings } from "@xroi/validators";

/**
 * The defaults: every rule, in the order of certainty; plus-addressing for the big mail providers
 * (where "name+tag" is always the same mailbox); GitHub logins as the one account system everyone
 * has. Admins change them in the People and IDs area.
 */
export const DEFAULT_IDENTITY_SETTINGS: TIdentitySettings = {
  rules: [
    { rule: "xapi_exact", enabled: true },
    { rule: "external_id", enabled: true },
    { rule: "email", enabled: true },
    { rule: "mbox_sha1sum", enabled: true },
  ],
  plusAddressingDomains: [
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "fastmail.com",
  ],
  accountSystems: [{ homePage: "https://github.com", system: "github", kind: "login" }],
  qualityThresholds: {
    unmapped_actors: 0,
    duplicate_people: 0,
    identifiers_claimed_twice: 0,
    out_of_range_scores: 0,
    implausible_timestamps: 0,
  },
};

/** The stored settings (SQL only, so the LRS's ingest hook can read them), else the defaults. */
export async function readIdentitySettings(sql: TSqlRunner): Promise<TIdentitySettings> {
  const rows = await sql.query<{ settings: unknown }>(
    "SELECT settings FROM identity_settings WHERE id = 1",
  );
  const parsed = rows[0] ? ZIdentitySettingsSchema.safeParse(rows[0].settings) : undefined;
  return parsed?.success ? parsed.data : DEFAULT_IDENTITY_SETTINGS;
}
