// pnpm bench:identity: the ID mappings at scale. Loads 100,000 people with 300,000 IDs and
// 1,000,000 statements from about 100,000 actors (all unresolved) into a fresh database, then
// times (a) resolving every actor with resolveStoredActors against a ceiling measured in the same
// run (one bare UPDATE joining the actors to their exact match keys, computed beforehand) and
// (b) the full data-quality run, before and after resolving. PostgreSQL when it answers, and
// PGlite on disk, each engine in its own process. Figures: docs/benchmarks.md.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type TDatabase } from "@xroi/db";
import { openTestDatabase } from "@xroi/db/testing";
import { postgresIfAvailable, runPerEngine } from "./engines";
import { resolveStoredActors } from "../src/identity/resolve-actors";
import { saveAllocation } from "../src/ledger/allocations";
import { createProgram } from "../src/ledger/programs";
import { runQualityChecks } from "../src/quality/run-checks";
import { createAsset } from "../src/taxonomy/assets";
import {
  activityOf,
  actorIfi,
  ceilingKey,
  loadPeople,
  loadStatements,
  PEOPLE,
  STATEMENTS,
} from "./identity-sample";

const TARGET = { resolveMs: 30_000, qualityMs: 10_000 };
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const n = (x: number) => Math.round(x).toLocaleString("en-US");

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function analyse(db: TDatabase) {
  // One statement per call: a multi-statement string runs as one transaction, which VACUUM refuses.
  for (const table of ["lrs_actors", "people", "person_identifiers", "lrs_statements"])
    await db.sql.exec(`VACUUM ANALYZE ${table}`);
}

/** A program from six months ago whose course covers the 50 most used activities. */
async function addProgram(db: TDatabase, now: number) {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const { id: programId } = await createProgram(db.prisma, null, {
    name: "Export readiness",
    currency: "EUR",
    startsOn: day(now - 182 * 86_400_000),
    endsOn: day(now + 182 * 86_400_000),
  });
  const { id: assetId } = await createAsset(db.prisma, null, {
    title: "Export readiness course",
    kind: "course",
    activityIds: Array.from({ length: 50 }, (_, i) => activityOf(i)),
  });
  await saveAllocation(db.prisma, null, {
    programId,
    name: "Course",
    basis: "shares",
    targets: [{ label: "Export readiness course", kind: "asset", assetId, weight: "1" }],
  });
}

/** The least work resolving can be: one UPDATE joining each actor to its precomputed match key. */
async function ceiling(db: TDatabase): Promise<{ ms: number; resolved: number }> {
  const actors = await db.sql.query<{ ifi: string }>("SELECT actor_ifi AS ifi FROM lrs_actors");
  const index = new Map<string, number>();
  for (let a = 0; a < PEOPLE; a++) index.set(actorIfi(a), a);
  let csv = "";
  for (const { ifi } of actors) {
    const key = ceilingKey(index.get(ifi) ?? -1);
    if (key) csv += `"${ifi.replace(/"/g, '""')}",${key.kind},"${key.key}"\n`;
  }
  await db.sql.exec(
    "CREATE TABLE bench_keys (actor_ifi text PRIMARY KEY, kind text, match_key text)",
  );
  await db.sql.copyFrom("COPY bench_keys FROM STDIN WITH (FORMAT csv)", csv);
  await db.sql.exec("ANALYZE bench_keys");
  const [rows, ms] = await timed(() =>
    db.sql.query<{ n: number }>(
      `WITH done AS (
         UPDATE lrs_actors a SET person_id = pi.person_id, resolved_by = 'ceiling', resolved_at = now()
           FROM bench_keys k JOIN person_identifiers pi ON pi.kind = k.kind AND pi.match_key = k.match_key
          WHERE a.actor_ifi = k.actor_ifi AND a.person_id IS NULL
         RETURNING 1)
       SELECT count(*)::int AS n FROM done`,
    ),
  );
  await db.sql.exec(
    "DROP TABLE bench_keys; UPDATE lrs_actors SET person_id = NULL, resolved_by = NULL, resolved_at = NULL",
  );
  return { ms, resolved: rows[0]?.n ?? 0 };
}

async function quality(db: TDatabase, label: string): Promise<number> {
  const [outcome, ms] = await timed(() => runQualityChecks(db.prisma, { trigger: "cli" }));
  if (outcome.status !== "ran") throw new Error("the quality run was skipped");
  const parts = Object.entries(outcome.results).map(
    ([check, r]) => `${check} ${n(r.count)} (${seconds(r.durationMs)})`,
  );
  console.log(
    `  (b) quality run, ${label}: ${seconds(ms)} | ${(ms / TARGET.qualityMs).toFixed(2)}× of the 10 s target`,
  );
  console.log(`      ${parts.join("; ")}`);
  return ms;
}

async function runEngine(engine: string): Promise<void> {
  const folder =
    engine === "pglite" ? mkdtempSync(path.join(os.tmpdir(), "xroi-bench-identity-")) : undefined;
  const db = folder ? await openDatabase({ dataDir: folder }) : await openTestDatabase();
  console.log(`\n== ${engine} (${db.location}) ==`);
  try {
    const now = Date.now();
    const [people, peopleMs] = await timed(() => loadPeople(db.sql));
    const [, statementsMs] = await timed(() => loadStatements(db.sql, now));
    await addProgram(db, now);
    const [, analyseMs] = await timed(() => analyse(db));
    const [[actors]] = await Promise.all([
      db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM lrs_actors"),
    ]);
    console.log(
      `  loaded ${n(people.people)} people, ${n(people.identifiers)} IDs (${seconds(peopleMs)}), ` +
        `${n(STATEMENTS)} statements from ${n(actors!.n)} actors (${seconds(statementsMs)}), ANALYZE ${seconds(analyseMs)}`,
    );

    await quality(db, "nothing resolved yet (every actor unmapped)");

    const top = await ceiling(db);
    await analyse(db);
    const [result, resolveMs] = await timed(() => resolveStoredActors(db.sql));
    console.log(
      `  (a) resolveStoredActors: ${seconds(resolveMs)} for ${n(result.checked)} actors ` +
        `(${n(result.changed)} resolved, ${n(result.unresolved)} left: strangers and ambiguous) | ` +
        `${n(result.checked / (resolveMs / 1000))} actors/s | ${(resolveMs / TARGET.resolveMs).toFixed(2)}× of the 30 s target`,
    );
    console.log(
      `      ceiling: one UPDATE joining actors to precomputed exact keys ${seconds(top.ms)} ` +
        `(${n(top.resolved)} resolved); resolveStoredActors is ${(resolveMs / top.ms).toFixed(1)}× the ceiling`,
    );

    await quality(db, "after resolving, before ANALYZE");
    await analyse(db);
    await quality(db, "after resolving and ANALYZE");
  } finally {
    await db.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
  const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
  console.log(`  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

const engineArg = process.argv.find((a) => a.startsWith("--engine="))?.slice("--engine=".length);
if (engineArg) {
  await runEngine(engineArg);
} else {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `ID mappings and data quality: Node ${process.version}, ${os.cpus().length} × ${cpu}, ${os.platform()}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  const engines = await postgresIfAvailable();
  if (!process.env.BENCH_SKIP_PGLITE) engines.push("pglite");
  runPerEngine(import.meta.url, engines);
}
