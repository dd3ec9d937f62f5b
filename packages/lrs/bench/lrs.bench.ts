// pnpm bench:lrs: the LRS under load, on PostgreSQL (when it answers) and on PGlite, each engine
// with the server in a process of its own. Prints ingest throughput over HTTP (batches of 1, 100
// and 1000 at concurrency 1 and 8) against a COPY of the same statements into the same tables
// (the ceiling), query latency p50/p95 per filter on a store of 1,000,000 statements, export
// throughput, and the server's peak memory, each against its target. Figures: docs/benchmarks.md.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { postgresTestUrl, postgresUnavailableReason } from "@xroi/db/testing";
import { createClient, ingest, latencies, type TClient } from "./http-load";
import { querySet } from "./queries";
import { sampleStatement } from "./sample";

const STORE = Number(process.env.BENCH_LRS_STATEMENTS ?? 1_000_000);
const QUERIES = Number(process.env.BENCH_LRS_QUERIES ?? 100);
const TARGET = { ingest: 10_000, p95: 50, exportRate: 50_000, rssMb: 300 };
const RUNS = [
  { batch: 1, concurrency: 1, total: 1_000 },
  { batch: 1, concurrency: 8, total: 2_000 },
  { batch: 100, concurrency: 1, total: 20_000 },
  { batch: 100, concurrency: 8, total: 40_000 },
  { batch: 1000, concurrency: 1, total: 30_000 },
  { batch: 1000, concurrency: 8, total: 50_000 },
];
const n = (x: number) => Math.round(x).toLocaleString("en-US");
const ms = (x: number) => `${x.toFixed(1)} ms`;

type TServer = { child: ChildProcess; port: number; auth: string; stop(): Promise<void> };

async function startServer(env: Record<string, string>): Promise<TServer> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "server.ts")],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = readline.createInterface({ input: child.stdout! });
  const ready = await new Promise<{ port: number; auth: string }>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`benchmark server exited (${code})`)));
    lines.on("line", (line) => {
      if (line.startsWith("{")) resolve(JSON.parse(line) as { port: number; auth: string });
    });
  });
  return {
    child,
    ...ready,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function control<T>(client: TClient, route: string): Promise<T> {
  const res = await client.request("POST", `/bench/${route}`);
  if (res.status !== 200) throw new Error(`/bench/${route}: ${res.status} ${res.body}`);
  return JSON.parse(res.body) as T;
}

async function runEngine(label: string, env: Record<string, string>) {
  console.log(`\n== ${label} ==`);
  const server = await startServer(env);
  const client = createClient(server.port, server.auth, 8);
  const now = new Date().toISOString();
  const bodies = (from: number, count: number) =>
    JSON.stringify(Array.from({ length: count }, (_, k) => sampleStatement(from + k, now)));
  type TMemory = { rssMb: number; peakMb: number };
  // Each read returns the peak since the last one (the server resets it), so phases are apart.
  const memory = async () =>
    JSON.parse((await client.request("GET", "/bench/memory?reset=1")).body) as TMemory;
  const peaks: Record<string, number> = { idle: (await memory()).rssMb };
  let next = 0;
  const ingestRates: Record<string, number> = {};
  for (const run of RUNS) {
    const rate = await ingest(client, bodies, { from: next, ...run });
    next += run.total;
    ingestRates[`${run.batch}x${run.concurrency}`] = rate;
    console.log(
      `ingest  batch ${String(run.batch).padStart(4)}  concurrency ${run.concurrency}: ${n(rate).padStart(7)} statements/s`,
    );
  }
  peaks.ingest = (await memory()).peakMb;
  const ceiling = await control<{ rate: number; keys: number }>(
    client,
    `ceiling?from=${next}&count=40000`,
  );
  next += 40_000;
  const main = ingestRates["100x8"]!;
  console.log(
    `ceiling COPY of 40,000 statements (+${n(ceiling.keys)} key rows): ${n(ceiling.rate)} statements/s`,
  );
  console.log(
    `        batch 100 x 8 = ${(main / ceiling.rate).toFixed(2)} of the ceiling, ${(main / TARGET.ingest).toFixed(2)} of the ${n(TARGET.ingest)}/s target`,
  );

  const have = (await control<{ statements: number }>(client, "analyze")).statements;
  const grow = Math.max(0, STORE - have);
  const growStart = performance.now();
  for (let done = 0; done < grow; done += 100_000)
    await control(
      client,
      `grow?from=${next + done}&count=${Math.min(100_000, grow - done)}&total=${grow}`,
    );
  const stored = (await control<{ statements: number }>(client, "analyze")).statements;
  console.log(
    `store   ${n(stored)} statements (bulk-loaded ${n(grow)} in ${((performance.now() - growStart) / 1000).toFixed(0)} s)`,
  );

  await memory(); // the bulk load is the benchmark's own work, not the LRS's
  const queryResults: Record<string, { p50: number; p95: number }> = {};
  for (const [name, paths] of Object.entries(querySet(QUERIES))) {
    const r = await latencies(client, paths);
    queryResults[name] = r;
    console.log(
      `query   ${name.padEnd(34)} p50 ${ms(r.p50).padStart(9)}  p95 ${ms(r.p95).padStart(9)}  (${r.rows.toFixed(0)} statements per page)${r.p95 > TARGET.p95 ? "  ABOVE TARGET" : ""}`,
    );
  }
  peaks.query = (await memory()).peakMb;
  const exportStart = performance.now();
  const exported = await client.stream("/xapi/export");
  const exportRate = (exported.lines / (performance.now() - exportStart)) * 1000;
  peaks.export = (await memory()).peakMb;
  console.log(
    `export  ${n(exported.lines)} statements, ${n(exported.bytes / 1e6)} MB NDJSON: ${n(exportRate)} statements/s (${(exportRate / TARGET.exportRate).toFixed(2)} of the target)`,
  );
  console.log(
    `memory  server RSS idle ${n(peaks.idle!)} MB; peak while ingesting ${n(peaks.ingest!)} MB, querying ${n(peaks.query!)} MB, exporting ${n(peaks.export!)} MB (target while exporting: under ${TARGET.rssMb} MB)`,
  );
  client.close();
  await server.stop();
  return { ingestRates, ceiling: ceiling.rate, queryResults, exportRate, peaks };
}

console.log(
  `xroi LRS benchmark: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}, store of ${n(STORE)} statements`,
);
const reason = await postgresUnavailableReason();
if (reason) console.log(`\nPostgreSQL skipped: ${reason}`);
else {
  const admin = postgresTestUrl();
  const name = `xroi_bench_${randomUUID().slice(0, 8)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  try {
    await runEngine("PostgreSQL", { BENCH_DATABASE_URL: url.toString() });
  } finally {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  }
}
const dir = mkdtempSync(path.join(os.tmpdir(), "xroi-bench-lrs-"));
try {
  await runEngine("PGlite", { BENCH_DATA_DIR: dir });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
