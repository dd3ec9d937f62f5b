// pnpm bench:skills: imports a 15,000-skill ESCO-shaped release (three CSV files) into a fresh
// database, then a changed release, and prints the times against the 10 s target and against a
// ceiling measured in the same run (a raw multi-row INSERT of the same rows). Each engine runs in
// its own process so its peak memory is its own: PGlite always, PostgreSQL when it answers.
import { randomUUID } from "node:crypto";
import os from "node:os";
import { openTestDatabase } from "@xroi/db/testing";
import { postgresIfAvailable, runPerEngine } from "./engines";
import type { TDatabase } from "@xroi/db";
import {
  analyseParsed,
  loadFrameworkSkills,
  parseFrameworkFiles,
} from "../src/skills/import/analyse-import";
import { applyFrameworkImport } from "../src/skills/import/apply-import";
import { importAuditRows, writeImportAudit } from "../src/skills/import/audit-import";
import {
  escoFiles,
  escoSampleRows,
  escoUpload,
  escoUri,
  type TEscoRow,
} from "../src/skills/import/esco-sample";
import { previewFrameworkImport } from "../src/skills/import/preview-import";
import { ZFrameworkImportSchema } from "../src/skills/import/schema";

const SKILLS = 15_000;
const GROUPS = 700;
const TARGET_MS = 10_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const thousands = (n: number) => Math.round(n).toLocaleString("en-US");

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

/** The next release: 300 renamed, 100 moved to another group, 100 dropped, 200 new. */
function nextRelease(rows: TEscoRow[]): TEscoRow[] {
  const next = rows.map((r, i) => {
    const s = i - GROUPS;
    if (s < 0 || s >= 500) return r;
    if (s < 300) return { ...r, name: `${r.name} (revised)` };
    if (s < 400) return { ...r, broader: [escoUri("group", (s + 7) % GROUPS)] };
    return undefined;
  });
  const added = escoSampleRows({ groups: GROUPS, skills: SKILLS + 200 }).slice(GROUPS + SKILLS);
  return [...next.filter((r): r is TEscoRow => r !== undefined), ...added];
}

/** The ceiling: the same rows as plain multi-row INSERTs through the driver, no Prisma, no checks. */
async function rawInsertCeiling(db: TDatabase, rows: TEscoRow[]): Promise<number> {
  const framework = await db.prisma.skillFramework.create({
    data: { name: "Ceiling", nameKey: `ceiling-${randomUUID()}` },
  });
  const ids = new Map(rows.map((r) => [r.uri, randomUUID()]));
  // Groups first, then skills: every parent exists before its children (the sample's groups
  // list their parents earlier).
  const values = rows.map((r) => [
    ids.get(r.uri),
    framework.id,
    r.type,
    r.uri,
    r.name,
    r.name.toLowerCase(),
    r.altLabels,
    r.description,
    r.broader[0] ? ids.get(r.broader[0]) : null,
  ]);
  const [, ms] = await timed(() =>
    db.sql.transaction(async (run) => {
      for (let i = 0; i < values.length; i += 1000) {
        const chunk = values.slice(i, i + 1000);
        const tuples = chunk.map((_, r) => {
          const p = (c: number) => `$${r * 9 + c}`;
          return `(${p(1)}, ${p(2)}, ${p(3)}::"SkillKind", ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, now())`;
        });
        await run.query(
          `INSERT INTO "skills" ("id", "framework_id", "kind", "uri", "name", "name_key", "alt_labels", "description", "parent_id", "updated_at") VALUES ${tuples.join(", ")}`,
          chunk.flat(),
        );
      }
    }),
  );
  return ms;
}

/** The per-skill audit rows of a first release, written alone in a transaction of their own. */
async function perSkillAuditShare(db: TDatabase, rows: TEscoRow[]): Promise<number> {
  const input = ZFrameworkImportSchema.parse({
    frameworkId: randomUUID(),
    format: "esco",
    version: "audit",
    files: escoUpload(escoFiles(rows)),
  });
  const diff = analyseParsed(parseFrameworkFiles(input), [], "esco").diff!;
  const idOf = new Map(diff.added.map((c) => [c.uri, randomUUID()]));
  const auditRows = importAuditRows(diff, idOf, { version: "audit", versionId: randomUUID() });
  const [, ms] = await timed(() =>
    db.prisma.$transaction((tx) => writeImportAudit(tx, null, auditRows), {
      maxWait: 10_000,
      timeout: 120_000,
    }),
  );
  return ms;
}

async function runRelease(
  db: TDatabase,
  frameworkId: string,
  label: string,
  version: string,
  rows: TEscoRow[],
): Promise<number> {
  const input = {
    frameworkId,
    format: "esco" as const,
    version,
    files: escoUpload(escoFiles(rows)),
  };
  // The pure part alone: zod, CSV reading, checks and diff against the skills already loaded.
  const existing = await loadFrameworkSkills(db.prisma, frameworkId);
  const [, parseMs] = await timed(() => {
    const checked = ZFrameworkImportSchema.parse(input);
    return analyseParsed(parseFrameworkFiles(checked), existing, "esco");
  });
  const [preview, previewMs] = await timed(() => previewFrameworkImport(db.prisma, input));
  if (preview.errorCount > 0)
    throw new Error(`${label}: ${JSON.stringify(preview.errors.slice(0, 3))}`);
  const [result, applyMs] = await timed(() => applyFrameworkImport(db.prisma, null, input));
  const c = result.counts;
  console.log(
    `  ${label}: ${thousands(result.total)} concepts; added ${c.added}, changed ${c.changed}, retired ${c.retired}, unchanged ${c.unchanged}`,
  );
  console.log(
    `    parse+validate ${seconds(parseMs)} | preview ${seconds(previewMs)} | apply ${seconds(applyMs)} | ` +
      `total (preview + apply) ${seconds(previewMs + applyMs)} | ${thousands(result.total / (applyMs / 1000))} skills/s | ` +
      `apply ${(applyMs / TARGET_MS).toFixed(2)}× of the 10 s target`,
  );
  return applyMs;
}

async function runEngine(engine: string): Promise<void> {
  const rows = escoSampleRows({ groups: GROUPS, skills: SKILLS });
  const bytes = Object.values(escoFiles(rows)).reduce((n, text) => n + Buffer.byteLength(text), 0);
  const relations = rows.reduce((n, r) => n + r.broader.length, 0);
  console.log(
    `\n${engine}: ${thousands(SKILLS)} skills + ${GROUPS} groups, ${thousands(relations)} broader relations, ${(bytes / 1e6).toFixed(1)} MB of CSV`,
  );
  const db = await openTestDatabase();
  const openRss = process.memoryUsage().rss;
  try {
    const framework = await db.prisma.skillFramework.create({
      data: { name: "ESCO", nameKey: `esco-${randomUUID()}` },
    });
    const firstMs = await runRelease(db, framework.id, "release 1, all new", "v1.1.0", rows);
    await runRelease(
      db,
      framework.id,
      "release 2, 300 renamed, 100 moved, 100 dropped, 200 new",
      "v1.2.0",
      nextRelease(rows),
    );
    await runRelease(db, framework.id, "release 2 again, no change", "v1.2.0", nextRelease(rows));
    const ceilingMs = await rawInsertCeiling(db, rows);
    console.log(
      `  ceiling: raw multi-row INSERT of the same ${thousands(rows.length)} rows ${seconds(ceilingMs)}; ` +
        `release 1 apply is ${(firstMs / ceilingMs).toFixed(2)}× the ceiling`,
    );
    const auditMs = await perSkillAuditShare(db, rows);
    console.log(
      `  of which per-skill history: ${thousands(rows.length)} audit rows alone ${seconds(auditMs)} ` +
        `(${((auditMs / firstMs) * 100).toFixed(0)}% of release 1 apply)`,
    );
  } finally {
    await db.close();
  }
  const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
  console.log(
    `  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (RSS with the database open, before any import: ${mb(openRss)})`,
  );
}

const engineArg = process.argv.find((a) => a.startsWith("--engine="))?.slice("--engine=".length);
if (engineArg) {
  await runEngine(engineArg);
} else {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `Skill framework import: Node ${process.version}, ${os.cpus().length} × ${cpu}, ${os.platform()}`,
  );
  runPerEngine(import.meta.url, ["pglite", ...(await postgresIfAvailable())]);
}
