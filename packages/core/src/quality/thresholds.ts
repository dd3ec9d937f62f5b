import {
  ZQualityThresholdInputSchema,
  type TQualityCheck,
  type TQualityThresholdInput,
} from "@xroi/validators";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DEFAULT_IDENTITY_SETTINGS, readIdentitySettings } from "../identity/settings";
import { sqlOf } from "./sql";

/**
 * Sets (or with null removes) one check's alert threshold. Only the `qualityThresholds` key of
 * the identity settings changes, in place, so an edit of the matching rules at the same moment
 * is not overwritten. Audited.
 */
export async function setQualityThreshold(
  db: TDb,
  actor: TActor,
  raw: TQualityThresholdInput,
): Promise<{ check: TQualityCheck; threshold: number | null }> {
  const input = ZQualityThresholdInputSchema.parse(raw);
  const patch = input.threshold === null ? {} : { [input.check]: input.threshold };
  return inTransaction(db, async (tx) => {
    const before = (await readIdentitySettings(sqlOf(tx))).qualityThresholds[input.check] ?? null;
    const defaults = {
      ...DEFAULT_IDENTITY_SETTINGS,
      qualityThresholds: { ...DEFAULT_IDENTITY_SETTINGS.qualityThresholds },
    };
    delete defaults.qualityThresholds[input.check];
    await tx.$executeRawUnsafe(
      `INSERT INTO identity_settings (id, settings, updated_at)
       VALUES (1, jsonb_set($1::jsonb, '{qualityThresholds}', ($1::jsonb -> 'qualityThresholds') || $3::jsonb), now())
       ON CONFLICT (id) DO UPDATE
          SET settings = jsonb_set(identity_settings.settings, '{qualityThresholds}',
                (coalesce(identity_settings.settings -> 'qualityThresholds', '{}'::jsonb) - $2::text) || $3::jsonb),
              updated_at = now()`,
      JSON.stringify(defaults),
      input.check,
      JSON.stringify(patch),
    );
    await recordAudit(tx, {
      actor,
      action: "quality.threshold",
      entityType: "identity_settings",
      entityId: "1",
      before: { check: input.check, threshold: before },
      after: { check: input.check, threshold: input.threshold },
    });
    return { check: input.check, threshold: input.threshold };
  });
}
