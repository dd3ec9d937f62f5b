import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestLrs, makeStatement } from "../testing/harness";
import type { TIngestHooks } from "./ingest-hooks";

describe(`ingest hooks on ${testEngine()}`, () => {
  let db: TDatabase;
  let lrs: Awaited<ReturnType<typeof createTestLrs>>;
  const calls: string[] = [];
  let personId = "";
  // A stand-in for the ID-mapping and consent areas: resolves one known actor, drops names.
  const hooks: TIngestHooks = {
    async resolveActors(statements) {
      calls.push(`resolve:${statements.length}`);
      for (const s of statements)
        if ((s.statement.actor as { mbox?: string }).mbox === "mailto:known@example.org") {
          s.personId = personId;
          s.resolvedBy = "email";
        }
    },
    async minimise(statements) {
      calls.push(`minimise:${statements.length}`);
      for (const s of statements) {
        const { name: _name, ...actor } = s.statement.actor as Record<string, unknown>;
        s.statement = { ...s.statement, actor };
      }
    },
  };
  beforeAll(async () => {
    db = await openTestDatabase();
    lrs = await createTestLrs(db, { hooks });
    const [person] = await db.sql.query<{ id: string }>(
      "INSERT INTO people (id, display_name, name_key) VALUES (gen_random_uuid(), 'Known', 'known') RETURNING id::text",
    );
    personId = person!.id;
  });
  afterAll(async () => {
    await db.close();
  });

  it("runs both hooks, in order, on every write path, before anything is stored", async () => {
    calls.length = 0;
    const known = makeStatement({ actor: { name: "Known", mbox: "mailto:known@example.org" } });
    const posted = await lrs.call("POST", "/statements", { body: [known, makeStatement()] });
    expect(posted.status, await posted.clone().text()).toBe(200);
    await lrs.call("PUT", `/statements?statementId=${randomUUID()}`, { body: makeStatement() });
    expect(calls).toEqual(["resolve:2", "minimise:2", "resolve:1", "minimise:1"]);
    const rows = await db.sql.query<{
      person: string | null;
      by: string | null;
      name: string | null;
    }>(
      `SELECT a.person_id::text AS person, a.resolved_by AS by, s.statement->'actor'->>'name' AS name
         FROM lrs_statements s JOIN lrs_actors a ON a.actor_ifi = s.actor_ifi ORDER BY s.stored`,
    );
    expect(rows.map((r) => [r.person, r.by])).toEqual([
      [personId, "email"],
      [null, null],
      [null, null],
    ]);
    expect(rows.every((r) => r.name === null)).toBe(true);
  });

  it("stores nothing when a hook fails", async () => {
    const failing = await createTestLrs(db, {
      hooks: { ...hooks, minimise: () => Promise.reject(new Error("consent rules unavailable")) },
    });
    const before = await db.sql.query("SELECT 1 FROM lrs_statements");
    const res = await failing.call("POST", "/statements", { body: makeStatement() });
    expect(res.status).toBe(500);
    expect(await db.sql.query("SELECT 1 FROM lrs_statements")).toHaveLength(before.length);
  });
});
