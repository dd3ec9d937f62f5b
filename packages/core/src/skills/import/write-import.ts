import { randomUUID } from "node:crypto";
import type { Prisma } from "@xroi/db";
import { skillNameKey } from "@xroi/validators";
import type { TExistingSkill, TFrameworkDiff } from "./diff-framework";
import { noProgress, type TReportProgress } from "./progress";
import { skillKey, type TImportConcept } from "./types";

// The writes of an import, set-based: each batch travels as one JSON parameter that
// jsonb_to_recordset turns into rows, which PGlite and PostgreSQL both run as one statement.
// Prisma's createMany was about five times slower for 15,000 skills on PGlite.

const CHUNK = 5000;

type TSkillRow = {
  id: string;
  kind: string;
  name: string;
  name_key: string;
  alt_labels: string[];
  description: string;
  parent_id: string | null;
};

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

/** New concepts ordered so every parent comes before its children. */
function parentsFirst(added: TImportConcept[]): TImportConcept[] {
  const byUri = new Map(added.map((c) => [c.uri, c]));
  const depth = new Map<string, number>();
  const depthOf = (start: TImportConcept): number => {
    // Iterative: a 10,000-deep chain must not overflow the stack. The tree has no cycles by now.
    const chain: TImportConcept[] = [];
    let c: TImportConcept | undefined = start;
    while (c && !depth.has(c.uri)) {
      chain.push(c);
      c = c.parentUri === null ? undefined : byUri.get(c.parentUri);
    }
    let d = c ? depth.get(c.uri)! : -1;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i]!.uri, ++d);
    return depth.get(start.uri)!;
  };
  return added
    .map((c, index) => ({ c, index, d: depthOf(c) }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .map(({ c }) => c);
}

function rowOf(c: TImportConcept, id: string, idOf: Map<string, string>): TSkillRow {
  return {
    id,
    kind: c.kind,
    name: c.name,
    name_key: skillNameKey(c.name),
    alt_labels: c.altLabels,
    description: c.description,
    parent_id: c.parentUri === null ? null : (idOf.get(c.parentUri) ?? null),
  };
}

/**
 * Inserts, updates in place and retires skills as the diff says; call inside a transaction.
 * Returns every skill's id by URI (local URI for those made by hand), new ones included.
 */
export async function writeFrameworkDiff(
  tx: Prisma.TransactionClient,
  frameworkId: string,
  diff: TFrameworkDiff,
  existing: TExistingSkill[],
  report: TReportProgress = noProgress,
): Promise<Map<string, string>> {
  const idOf = new Map<string, string>();
  for (const s of existing) idOf.set(skillKey(s), s.id);
  // Ids are made here, not by the database, so children can name parents inserted in this run.
  for (const c of diff.added) idOf.set(c.uri, randomUUID());

  const inserts = parentsFirst(diff.added).map((c) => ({
    ...rowOf(c, idOf.get(c.uri)!, idOf),
    uri: c.uri,
  }));
  const total = inserts.length + diff.changed.length + diff.retired.length;
  let done = 0;
  const wrote = async (rows: number) => {
    done += rows;
    await report("writing", { done, total });
  };
  await report("writing", { done, total });
  for (const batch of chunks(inserts)) {
    await tx.$executeRaw`
      INSERT INTO "skills" ("id", "framework_id", "kind", "uri", "name", "name_key", "alt_labels",
        "description", "parent_id", "updated_at")
      SELECT r.id, ${frameworkId}::uuid, r.kind::"SkillKind", r.uri, r.name, r.name_key,
        r.alt_labels, r.description, r.parent_id, now()
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS r(id uuid, kind text, uri text,
        name text, name_key text, alt_labels text[], description text, parent_id uuid)`;
    await wrote(batch.length);
  }

  const updates = diff.changed.map(({ concept, existing: s }) => rowOf(concept, s.id, idOf));
  for (const batch of chunks(updates)) {
    await tx.$executeRaw`
      UPDATE "skills" AS s SET "kind" = r.kind::"SkillKind", "name" = r.name,
        "name_key" = r.name_key, "alt_labels" = r.alt_labels, "description" = r.description,
        "parent_id" = r.parent_id, "retired_at" = NULL, "updated_at" = now()
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS r(id uuid, kind text,
        name text, name_key text, alt_labels text[], description text, parent_id uuid)
      WHERE s."id" = r.id AND s."framework_id" = ${frameworkId}::uuid`;
    await wrote(batch.length);
  }

  for (const batch of chunks(diff.retired.map((s) => s.id))) {
    await tx.$executeRaw`
      UPDATE "skills" SET "retired_at" = now(), "updated_at" = now()
      WHERE "framework_id" = ${frameworkId}::uuid AND "retired_at" IS NULL
        AND "id" IN (SELECT value::uuid FROM jsonb_array_elements_text(${JSON.stringify(batch)}::jsonb))`;
    await wrote(batch.length);
  }
  return idOf;
}
