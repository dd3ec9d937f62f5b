// The LRS under benchmark, in a process of its own so its memory is its own: the real handler
// on a fresh database, plus a few /bench routes the runner uses to bulk-load data, measure the
// COPY ceiling and read this process's peak memory. Not part of the product.
import { readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { hashSecret, openSqlDatabase } from "@xroi/db/sql";
import { createLrsHandler, serveFetchHandler } from "../src";
import { identityIngestHooks } from "@xroi/core/ingest";
import { bulkLoad } from "./bulk-load";

// SQL only, as `xroi lrs serve` runs it: the process loads no ORM.
const db = await openSqlDatabase(
  process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL }
    : { dataDir: process.env.BENCH_DATA_DIR },
);
const credential = {
  key: `bench_${randomBytes(6).toString("hex")}`,
  secret: randomBytes(32).toString("base64url"),
  id: "",
};
const [created] = await db.sql.query<{ id: string }>(
  "INSERT INTO lrs_credentials (id, name, key, secret_hash, scopes) VALUES (gen_random_uuid(), 'benchmark', $1, $2, '{all}') RETURNING id::text",
  [credential.key, hashSecret(credential.secret)],
);
credential.id = created!.id;
const auth = `Basic ${Buffer.from(`${credential.key}:${credential.secret}`).toString("base64")}`;
// The product's hooks: every batch resolves its new actors through the ID mappings.
const lrs = createLrsHandler({ db, credentialCacheMs: 60_000, hooks: identityIngestHooks() });

function memory() {
  const status = readFileSync("/proc/self/status", "utf8");
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

async function control(url: URL): Promise<Response> {
  const n = (name: string) => Number(url.searchParams.get(name));
  if (url.pathname === "/bench/memory") {
    const now = memory();
    // Writing 5 to clear_refs resets the peak (VmHWM), so each phase reports its own peak.
    if (url.searchParams.has("reset")) writeFileSync("/proc/self/clear_refs", "5");
    return Response.json(now);
  }
  if (url.pathname === "/bench/ceiling") {
    const result = await bulkLoad(db, {
      from: n("from"),
      count: n("count"),
      credentialId: credential.id,
      mode: "now",
    });
    return Response.json(result);
  }
  if (url.pathname === "/bench/grow") {
    const result = await bulkLoad(db, {
      from: n("from"),
      count: n("count"),
      credentialId: credential.id,
      mode: "history",
      total: n("total"),
    });
    return Response.json(result);
  }
  if (url.pathname === "/bench/analyze") {
    await db.sql.exec("ANALYZE lrs_statements; ANALYZE lrs_statement_keys");
    const [row] = await db.sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM lrs_statements",
    );
    return Response.json({ statements: row!.n });
  }
  return new Response("unknown bench route", { status: 404 });
}

const handler = (req: Request) => {
  const url = new URL(req.url);
  return url.pathname.startsWith("/bench/") ? control(url) : lrs(req);
};
const server = await serveFetchHandler(handler, { port: Number(process.env.BENCH_PORT ?? 0) });
const address = server.address();
const port = typeof address === "object" && address ? address.port : 0;
console.log(JSON.stringify({ ready: true, port, auth, engine: db.engine }));
process.on("SIGTERM", () => server.close(() => void db.close().then(() => process.exit(0))));
