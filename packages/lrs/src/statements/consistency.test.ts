import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestLrs, makeStatement } from "../testing/harness";
import { allocateStored, releaseStored } from "./clock";

type TResult = { statements: { id: string; stored: string }[]; more: string };

describe(`consistent-through and concurrent writers on ${testEngine()}`, () => {
  let db: TDatabase;
  let lrs: Awaited<ReturnType<typeof createTestLrs>>;
  beforeAll(async () => {
    db = await openTestDatabase();
    lrs = await createTestLrs(db);
  });
  afterAll(async () => {
    await db.close();
  });

  const byVerb = async (verb: string) => {
    const res = await lrs.call("GET", `/statements?verb=${encodeURIComponent(verb)}`);
    return {
      body: await lrs.json<TResult>(res),
      through: res.headers.get("X-Experience-API-Consistent-Through")!,
    };
  };

  it("hides statements stored after a batch still in flight, until it lands or is released", async () => {
    const verb = `https://xroi.example/verbs/${randomUUID()}`;
    const [early] = await lrs.json<string[]>(
      await lrs.call("POST", "/statements", { body: makeStatement({ verb: { id: verb } }) }),
    );
    const slowWriter = await allocateStored(db.sql, 5); // a batch that has not committed yet
    const [late] = await lrs.json<string[]>(
      await lrs.call("POST", "/statements", { body: makeStatement({ verb: { id: verb } }) }),
    );
    const during = await byVerb(verb);
    expect(during.body.statements.map((s) => s.id)).toEqual([early]);
    expect(during.through < slowWriter).toBe(true);
    // The statement itself is stored and can be fetched by id; only queries wait for the point.
    expect((await lrs.call("GET", `/statements?statementId=${late}`)).status).toBe(200);
    await releaseStored(db.sql, slowWriter);
    const after = await byVerb(verb);
    expect(after.body.statements.map((s) => s.id)).toEqual([late, early]);
  });

  it("ignores an in-flight record left by a writer that died long ago", async () => {
    await db.sql.query(
      "INSERT INTO lrs_inflight (first_stored, allocated_at) VALUES (now() - interval '1 hour', now() - interval '1 hour')",
    );
    const verb = `https://xroi.example/verbs/${randomUUID()}`;
    const [id] = await lrs.json<string[]>(
      await lrs.call("POST", "/statements", { body: makeStatement({ verb: { id: verb } }) }),
    );
    expect((await byVerb(verb)).body.statements.map((s) => s.id)).toEqual([id]);
  });

  it("voids every target even when targets and voiding statements arrive concurrently", async () => {
    const pairs = Array.from({ length: 12 }, () => ({
      target: randomUUID(),
      voiding: randomUUID(),
    }));
    await Promise.all(
      pairs.flatMap(({ target, voiding }) => [
        lrs.call("POST", "/statements", { body: makeStatement({ id: target }) }),
        lrs.call("POST", "/statements", {
          body: makeStatement({
            id: voiding,
            verb: { id: "http://adlnet.gov/expapi/verbs/voided" },
            object: { objectType: "StatementRef", id: target },
          }),
        }),
      ]),
    );
    for (const { target } of pairs) {
      expect((await lrs.call("GET", `/statements?statementId=${target}`)).status, target).toBe(404);
      expect(
        (await lrs.call("GET", `/statements?voidedStatementId=${target}`)).status,
        target,
      ).toBe(200);
    }
  });

  it("stores a statement sent twice at once exactly once", async () => {
    const statement = makeStatement({ id: randomUUID() });
    const answers = await Promise.all(
      [1, 2, 3].map(() => lrs.call("POST", "/statements", { body: statement })),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const rows = await db.sql.query("SELECT 1 FROM lrs_statements WHERE id = $1::uuid", [
      statement.id,
    ]);
    expect(rows).toHaveLength(1);
  });
});
