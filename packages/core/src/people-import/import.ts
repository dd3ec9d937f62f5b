import { randomUUID } from "node:crypto";
import {
  IMPORT_PREVIEW_ROWS,
  MAX_LISTED_PROBLEMS,
  ZImportCountsSchema,
  type TIdentityImportCsvInput,
  type TIdentityImportSummary,
  type TImportMapping,
  type TImportReport,
  type TUpsertBatchInput,
} from "@xroi/validators";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { resolveStoredActors } from "../identity/resolve-actors";
import { readIdentitySettings } from "../identity/settings";
import { sqlOf } from "../quality/sql";
import { planImport, type TPlan } from "./plan";
import { rowsFromBatch, rowsFromCsv, type TImportRow } from "./rows";
import { writePlan } from "./write";

/** Every apply holds this lock, so two imports never plan against each other's half-done state. */
export const IMPORT_LOCK_KEY = 72_011_005;
/** 100,000 rows plan and write in well under this on both engines; Prisma's default is 5 s. */
const TRANSACTION = { maxWait: 30_000, timeout: 300_000 };

const EMPTY_COUNTS = ZImportCountsSchema.parse({
  rows: 0,
  new: 0,
  matched: 0,
  unchanged: 0,
  conflicting: 0,
  errors: 0,
  identifiersAdded: 0,
  organizationsCreated: 0,
  teamsCreated: 0,
});

type TSource = {
  system: string | null;
  label: string;
  mapping: TImportMapping;
  fileErrors: string[];
  rows: TImportRow[];
};

function reportOf(
  source: TSource,
  plan: TPlan | null,
  applied: { importId: string; actorsResolved: number } | null,
): TImportReport {
  return {
    applied: applied !== null,
    importId: applied?.importId ?? null,
    system: source.system,
    mapping: source.mapping,
    fileErrors: source.fileErrors,
    counts: plan?.counts ?? { ...EMPTY_COUNTS, rows: source.rows.length },
    problems: plan?.problems.slice(0, MAX_LISTED_PROBLEMS) ?? [],
    problemCount: plan?.problems.length ?? 0,
    preview: (plan?.rows ?? []).slice(0, IMPORT_PREVIEW_ROWS).map((r) => ({
      line: r.line,
      action: r.action,
      personId: r.person?.id ?? null,
      displayName: r.displayName,
      organization: r.organization,
      team: r.team,
      identifiers: r.ids.map((i) => ({
        system: i.system,
        kind: i.kind,
        value: i.value,
        isNew: i.isNew,
      })),
    })),
    actorsResolved: applied?.actorsResolved ?? 0,
  };
}

const hasProblems = (source: TSource, plan: TPlan) =>
  source.fileErrors.length > 0 || plan.problems.length > 0;

async function dryRun(db: TDb, source: TSource): Promise<TImportReport> {
  if (source.fileErrors.length > 0) return reportOf(source, null, null);
  const sql = sqlOf(db);
  const plan = await planImport(sql, source.rows, await readIdentitySettings(sql));
  return reportOf(source, plan, null);
}

/**
 * Plans again inside the transaction (the data may have changed since the dry run) and writes
 * only when nothing is wrong; then re-resolves the LRS's unresolved actors against the new
 * identifiers, so their statements count as mapped without being touched.
 */
async function apply(db: TDb, actor: TActor, source: TSource): Promise<TImportReport> {
  if (source.fileErrors.length > 0) return reportOf(source, null, null);
  return inTransaction(
    db,
    async (tx) => {
      const sql = sqlOf(tx);
      await sql.query(`SELECT 1 AS ok FROM (SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})) l`);
      const plan = await planImport(sql, source.rows, await readIdentitySettings(sql));
      if (hasProblems(source, plan)) return reportOf(source, plan, null);
      const importId = randomUUID();
      await writePlan(sql, plan, importId);
      await tx.identityImport.create({
        data: {
          id: importId,
          system: source.system ?? "mixed",
          fileName: source.label,
          counts: plan.counts,
          importedBy: actor?.id ?? null,
        },
      });
      await recordAudit(tx, {
        actor,
        action: "identity_import.apply",
        entityType: "identity_import",
        entityId: importId,
        after: { system: source.system, fileName: source.label, counts: plan.counts },
      });
      const resolved = await resolveStoredActors(sql);
      return reportOf(source, plan, { importId, actorsResolved: resolved.changed });
    },
    TRANSACTION,
  );
}

function csvSource(input: TIdentityImportCsvInput): TSource {
  const bytes = Uint8Array.from(Buffer.from(input.contentBase64, "base64"));
  const parsed = rowsFromCsv(bytes, { system: input.system, mapping: input.mapping });
  return { system: input.system ?? null, label: input.fileName, ...parsed };
}

function batchSource(input: TUpsertBatchInput): TSource {
  return {
    system: input.system ?? null,
    label: input.label ?? "connector",
    mapping: {},
    fileErrors: [],
    rows: rowsFromBatch(input),
  };
}

/** What importing the CSV would do: counts, every problem by line, the first rows. Writes nothing. */
export const dryRunCsvImport = (db: TDb, input: TIdentityImportCsvInput) =>
  dryRun(db, csvSource(input));

/** Imports the CSV in one transaction, or nothing when any line has a problem (applied: false). */
export const applyCsvImport = (db: TDb, actor: TActor, input: TIdentityImportCsvInput) =>
  apply(db, actor, csvSource(input));

/** Connector rows with the CSV's semantics; all or nothing, like apply. */
/** What upserting the rows would do; writes nothing. */
export const dryRunBatch = (db: TDb, input: TUpsertBatchInput) => dryRun(db, batchSource(input));

export const upsertBatch = (db: TDb, actor: TActor, input: TUpsertBatchInput) =>
  apply(db, actor, batchSource(input));

/** Past imports, newest first. */
export async function listImports(db: TDb, limit = 50): Promise<TIdentityImportSummary[]> {
  const rows = await db.identityImport.findMany({ orderBy: { importedAt: "desc" }, take: limit });
  return rows.map((r) => ({
    id: r.id,
    system: r.system,
    fileName: r.fileName,
    counts: ZImportCountsSchema.partial().catch({}).parse(r.counts),
    importedBy: r.importedBy,
    importedAt: r.importedAt,
  }));
}
