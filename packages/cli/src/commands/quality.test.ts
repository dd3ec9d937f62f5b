import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { quality } from "@xroi/core";
import { openDatabase } from "@xroi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing";

// Like production: the CLI opens PGlite in XROI_DATA_DIR; the test fills it first.
const dataDir = mkdtempSync(path.join(tmpdir(), "xroi-cli-quality-"));
// eslint-disable-next-line no-restricted-properties -- tests set the environment the CLI reads
process.env.XROI_DATA_DIR = dataDir;

const run = runCli;

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const db = await openDatabase({ dataDir });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

describe("xroi quality run", () => {
  beforeAll(async () => {
    await withDb(async (db) => {
      await db.sql.query(
        `INSERT INTO lrs_statements (stored, id, statement, actor_ifi, verb_id, timestamp)
         VALUES (now(), gen_random_uuid(), '{}'::jsonb, 'mbox:mailto:nomad@example.org',
                 'http://adlnet.gov/expapi/verbs/completed', now())`,
      );
      await db.sql.query(
        `INSERT INTO lrs_actors (actor_ifi, first_stored) VALUES ('mbox:mailto:nomad@example.org', now())`,
      );
    });
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("prints a table, stores the run, and exits 2 while a check is above its threshold", async () => {
    const alerting = await run("quality", "run");
    expect(alerting.err).toBe("");
    expect(alerting.code).toBe(2);
    expect(alerting.out).toMatch(/^Data-quality checks on pglite .*: 6 checks in \d+ ms$/m);
    expect(alerting.out).toMatch(/^check\s+count\s+threshold\s+status\s+time$/m);
    expect(alerting.out).toMatch(/^unmapped_actors\s+1\s+0\s+ALERT\s+\d+ ms$/m);
    expect(alerting.out).toMatch(/^people_without_crm_id\s+0\s+-\s+ok\s+\d+ ms$/m);
    expect(alerting.out).toMatch(/1 check is above its threshold: unmapped_actors\./);

    await withDb((db) =>
      quality.setQualityThreshold(db.prisma, null, { check: "unmapped_actors", threshold: 10 }),
    );
    const quiet = await run("quality", "run");
    expect(quiet.code).toBe(0);
    expect(quiet.out).toMatch(/^unmapped_actors\s+1\s+10\s+ok/m);
    expect(quiet.out).toMatch(/Every check is within its threshold\./);

    const runs = await withDb((db) =>
      db.prisma.qualityRun.findMany({ orderBy: { startedAt: "asc" } }),
    );
    expect(runs.map((r) => r.trigger)).toEqual(["cli", "cli"]);
  });
});
