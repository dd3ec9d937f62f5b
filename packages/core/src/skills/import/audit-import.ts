import type { Prisma } from "@xroi/db";
import type { TChangedField, TExistingSkill, TFrameworkDiff } from "./diff-framework";
import { noProgress, type TReportProgress } from "./progress";
import type { TImportConcept } from "./types";

// Each skill an import adds, changes or retires gets an audit row of its own, so its History shows
// the import. Set-based like the skill writes: one INSERT … SELECT per batch of rows.

const CHUNK = 5000;

type TAuditRow = { action: string; entity_id: string; before: unknown; after: unknown };
type TRelease = { version: string; versionId: string };

function fieldsOf(c: TImportConcept) {
  return {
    uri: c.uri,
    kind: c.kind,
    name: c.name,
    altLabels: c.altLabels,
    description: c.description,
    parentUri: c.parentUri,
  };
}

/** Before and after of the fields an import changed, by the names the skill record uses. */
function changeOf(fields: TChangedField[], concept: TImportConcept, existing: TExistingSkill) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of fields) {
    if (field === "parent") {
      before.parentUri = existing.parentUri;
      after.parentUri = concept.parentUri;
    } else if (field === "restored") {
      before.retiredAt = existing.retiredAt;
      after.retiredAt = null;
    } else {
      before[field] = existing[field];
      after[field] = concept[field];
    }
  }
  return { before, after };
}

/** The audit rows of an import's skill changes; pure. */
export function importAuditRows(
  diff: TFrameworkDiff,
  idOf: ReadonlyMap<string, string>,
  release: TRelease,
): TAuditRow[] {
  const rows: TAuditRow[] = [];
  for (const c of diff.added) {
    rows.push({
      action: "skill.import_add",
      entity_id: idOf.get(c.uri)!,
      before: null,
      after: { ...fieldsOf(c), ...release },
    });
  }
  for (const { concept, existing, fields } of diff.changed) {
    const { before, after } = changeOf(fields, concept, existing);
    rows.push({
      action: "skill.import_change",
      entity_id: existing.id,
      before,
      after: { ...after, ...release },
    });
  }
  for (const s of diff.retired) {
    // retiredAt is the transaction's time, filled in by the database as the skills' own.
    rows.push({
      action: "skill.import_retire",
      entity_id: s.id,
      before: { retiredAt: null },
      after: release,
    });
  }
  return rows;
}

/** Writes the per-skill audit rows of an import; call in the transaction that writes the skills. */
export async function writeImportAudit(
  tx: Prisma.TransactionClient,
  actorId: string | null,
  rows: TAuditRow[],
  report: TReportProgress = noProgress,
): Promise<void> {
  await report("history", { done: 0, total: rows.length });
  for (let i = 0; i < rows.length; i += CHUNK) {
    const batch = JSON.stringify(rows.slice(i, i + CHUNK));
    await tx.$executeRaw`
      INSERT INTO "audit_log" ("actor_id", "action", "entity_type", "entity_id", "before", "after")
      SELECT ${actorId}, r.action, 'skill', r.entity_id, r.before,
        CASE WHEN r.action = 'skill.import_retire'
          THEN r.after || jsonb_build_object('retiredAt', now()::timestamptz(3)) ELSE r.after END
      FROM jsonb_to_recordset(${batch}::jsonb) AS r(action text, entity_id text, before jsonb,
        after jsonb)`;
    await report("history", { done: Math.min(i + CHUNK, rows.length), total: rows.length });
  }
}
