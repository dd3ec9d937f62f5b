import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateStatement } from "../validate";
import { demoStatements, DEMO_UNMAPPED_ACTIVITY, seedDemoStatements } from "./demo-statements";

describe(`demo statements on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("are valid xAPI, from both case studies, in the past", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const statements = demoStatements(now);
    expect(statements.length).toBeGreaterThan(500);
    for (const s of statements) expect(validateStatement(s, { version: "2.0.0" })).toEqual([]);
    expect(statements.every((s) => Date.parse(s.timestamp as string) < now.getTime())).toBe(true);
    const actors = statements.map(
      (s) => s.actor as { mbox?: string; account?: { homePage: string } },
    );
    expect(actors.some((a) => a.mbox?.endsWith(".example"))).toBe(true);
    expect(actors.some((a) => a.account?.homePage === "https://github.com")).toBe(true);
    expect(statements.some((s) => (s.object as { id: string }).id === DEMO_UNMAPPED_ACTIVITY)).toBe(
      true,
    );
  });

  it("load through the ingest path once, and not again", async () => {
    const first = await seedDemoStatements(db);
    expect(first.created).toBeGreaterThan(500);
    const [row] = await db.sql.query<{ n: number; keys: number }>(
      "SELECT (SELECT count(*)::int FROM lrs_statements) AS n, (SELECT count(*)::int FROM lrs_statement_keys) AS keys",
    );
    expect(row!.n).toBe(first.created);
    expect(row!.keys).toBeGreaterThan(0);
    expect((await seedDemoStatements(db)).created).toBe(0);
  });
});
