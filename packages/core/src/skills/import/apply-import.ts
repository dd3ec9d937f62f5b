import { recordAudit } from "../../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../../db";
import { DomainError } from "../../errors";
import {
  analyseParsed,
  frameworkOrThrow,
  loadFrameworkSkills,
  parseFrameworkFiles,
} from "./analyse-import";
import type { TImportCounts } from "./diff-framework";
import { noProgress, type TReportProgress } from "./progress";
import { ZFrameworkImportSchema, type TFrameworkImportInput } from "./schema";
import { describeProblem, type TImportFormat, type TImportProblem } from "./types";
import { importAuditRows, writeImportAudit } from "./audit-import";
import { writeFrameworkDiff } from "./write-import";

export type TFrameworkImportResult = {
  frameworkId: string;
  versionId: string;
  version: string;
  fileNames: string[];
  counts: TImportCounts;
  total: number;
  notes: string[];
};

// A whole release in one transaction: 15,000 skills take a few seconds on PGlite, far beyond
// Prisma's 5 s default on a slow disk or a busy server.
const TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

function nothingImported(errors: TImportProblem[], format: TImportFormat): DomainError {
  const shown = errors.slice(0, 5).map((e) => describeProblem(e, format));
  const more = errors.length > 5 ? `; and ${errors.length - 5} more` : "";
  const count = `${errors.length} problem${errors.length === 1 ? "" : "s"}`;
  return new DomainError(
    "BAD_REQUEST",
    `nothing was imported: ${count} (${shown.join("; ")}${more})`,
    "files",
  );
}

/**
 * Imports a framework release in one transaction, or nothing if any problem is found: new skills
 * are added, changed ones updated in place by URI, missing ones retired (never deleted), and
 * the release is recorded as a framework version and in the audit log: a summary for the
 * framework and a row for each skill it added, changed or retired.
 */
export async function applyFrameworkImport(
  db: TDb,
  actor: TActor,
  raw: TFrameworkImportInput,
  report: TReportProgress = noProgress,
): Promise<TFrameworkImportResult> {
  const input = ZFrameworkImportSchema.parse(raw);
  // Parsing is pure and the slowest part for big files: done before the transaction holds locks.
  await report("reading");
  const parsed = parseFrameworkFiles(input);
  if (parsed.unreadFiles.length > 0) throw nothingImported(parsed.errors, input.format);
  const fileNames = input.files.map((f) => f.fileName);
  await report("waiting");
  const result = await inTransaction(
    db,
    async (tx) => {
      // Locks the framework row: two imports of one framework run one after the other.
      await tx.$queryRaw`
        SELECT 1 FROM "skill_frameworks" WHERE "id" = ${input.frameworkId}::uuid FOR UPDATE`;
      const before = await frameworkOrThrow(tx, input.frameworkId);
      await report("loading");
      const existing = await loadFrameworkSkills(tx, input.frameworkId);
      await report("checking");
      const analysis = analyseParsed(parsed, existing, input.format);
      if (!analysis.diff) throw nothingImported(analysis.errors, input.format);
      const { counts } = analysis.diff;
      const idOf = await writeFrameworkDiff(tx, input.frameworkId, analysis.diff, existing, report);
      await tx.skillFramework.update({
        where: { id: input.frameworkId },
        data: { version: input.version, source: input.format === "esco" ? "esco" : "generic" },
      });
      const row = await tx.frameworkVersion.create({
        data: {
          frameworkId: input.frameworkId,
          version: input.version,
          fileNames: fileNames.join(", "),
          added: counts.added,
          changed: counts.changed,
          retired: counts.retired,
          actorId: actor?.id ?? null,
        },
        select: { id: true },
      });
      const release = { version: input.version, versionId: row.id };
      const auditRows = importAuditRows(analysis.diff, idOf, release);
      await writeImportAudit(tx, actor?.id ?? null, auditRows, report);
      await report("saving");
      await recordAudit(tx, {
        actor,
        action: "framework.import",
        entityType: "skill_framework",
        entityId: input.frameworkId,
        before: { version: before.version, source: before.source },
        after: {
          ...counts,
          version: input.version,
          format: input.format,
          fileNames,
          versionId: row.id,
        },
      });
      return {
        frameworkId: input.frameworkId,
        versionId: row.id,
        version: input.version,
        fileNames,
        counts,
        total: parsed.concepts.length,
        notes: analysis.notes,
      };
    },
    TRANSACTION,
  );
  await report("done");
  return result;
}
