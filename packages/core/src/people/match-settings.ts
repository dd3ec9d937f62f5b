import { ZMatchSettingsSchema, type TMatchSettings } from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { resolveStoredActors } from "../identity/resolve-actors";
import { readIdentitySettings } from "../identity/settings";
import { sqlOf } from "../quality/sql";
import { TX_OPTIONS } from "./shared";

/** The matching rules, plus-addressing domains and account systems (not the alert thresholds). */
export async function getMatchSettings(db: TDb): Promise<TMatchSettings> {
  const { rules, plusAddressingDomains, accountSystems } = await readIdentitySettings(sqlOf(db));
  return { rules, plusAddressingDomains, accountSystems };
}

/**
 * Replaces the matching rules, domains and account systems, keeping the alert thresholds, and
 * re-resolves every stored actor under the new rules in the same transaction (an actor whose
 * person no longer follows from the rules becomes unresolved). Audited with before and after.
 * E-mail match keys are not rewritten: a changed plus-addressing list applies to IDs stored from
 * now on and to actors as they are resolved.
 */
export async function updateMatchSettings(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZMatchSettingsSchema>,
) {
  const input = ZMatchSettingsSchema.parse(raw);
  return inTransaction(
    db,
    async (tx) => {
      const sql = sqlOf(tx);
      const current = await readIdentitySettings(sql);
      const next = { ...current, ...input };
      await sql.query(
        `INSERT INTO identity_settings (id, settings, updated_at) VALUES (1, $1::jsonb, now())
         ON CONFLICT (id) DO UPDATE SET settings = $1::jsonb, updated_at = now()`,
        [JSON.stringify(next)],
      );
      await recordAudit(tx, {
        actor,
        action: "people.settings",
        entityType: "identity_settings",
        entityId: "1",
        before: {
          rules: current.rules,
          plusAddressingDomains: current.plusAddressingDomains,
          accountSystems: current.accountSystems,
        },
        after: input,
      });
      const result = await resolveStoredActors(sql, { scope: "all" });
      return { ...input, reresolved: { checked: result.checked, changed: result.changed } };
    },
    TX_OPTIONS,
  );
}
