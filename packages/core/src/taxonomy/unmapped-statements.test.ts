import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAsset, updateAsset } from "./assets";
import { coverageReport } from "./coverage";

const actor = { id: "admin-1" };
const A = "https://lms.example/course/mapped";
const B = "https://lms.example/course/legacy";
const C = "https://lms.example/webinar/old";
const PROGRAM = "https://lms.example/program/export";

let n = 0;
/** A statement row as the LRS stores it (only the columns coverage reads matter here). */
async function statement(db: TDatabase, activityId: string, voided = false) {
  n += 1;
  await db.sql.query(
    `INSERT INTO lrs_statements (stored, id, statement, actor_ifi, verb_id, activity_id, timestamp, voided)
     VALUES ('2026-01-01T00:00:00Z'::timestamptz + $4::int * interval '1 second', $1::uuid, '{}'::jsonb, 'mbox:mailto:a@example.org',
             'http://adlnet.gov/expapi/verbs/completed', $2, now(), $3)`,
    [randomUUID(), activityId, voided, n],
  );
}

describe(`statements whose activity maps to no asset, on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("counts them by activity, most used first, and a mapping removes them", async () => {
    expect((await coverageReport(db.prisma)).unmappedStatements).toEqual({
      count: 0,
      activities: 0,
      examples: [],
    });
    const asset = await createAsset(db.prisma, actor, {
      title: "Mapped course",
      kind: "course",
      activityIds: [A],
    });
    await db.sql.query(
      `INSERT INTO lrs_activities (id, definition) VALUES ($1, NULL), ($2, '{"name": {"en-US": "Legacy course"}}'), ($3, NULL), ($4, NULL)`,
      [A, B, C, PROGRAM],
    );
    for (const id of [A, A, B, B, B, C]) await statement(db, id, false);
    await statement(db, B, true); // voided statements do not count
    // The program only appears as a context activity: it is no statement's object.
    const report = (await coverageReport(db.prisma)).unmappedStatements;
    expect(report).toEqual({
      count: 4,
      activities: 2,
      examples: [
        { activityId: B, name: "Legacy course", statements: 3 },
        { activityId: C, name: null, statements: 1 },
      ],
    });
    await updateAsset(db.prisma, actor, {
      id: asset.id,
      title: "Mapped course",
      kind: "course",
      activityIds: [A, B],
    });
    expect((await coverageReport(db.prisma)).unmappedStatements).toMatchObject({
      count: 1,
      activities: 1,
    });
  });
});
