import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAsset } from "../taxonomy/assets";
import { lrsFigures } from "./lrs-figures";
import { createProgram } from "./programs";

const actor = { id: "analyst-1" };
const COURSE = "https://lms.example/course/pricing";
const WEBINAR = "https://lms.example/webinar/pricing-live";
let n = 0;

/** A statement as the LRS stores it; only the columns the figures read matter. */
async function statement(
  db: TDatabase,
  o: {
    activity: string;
    actor: string;
    verb?: string;
    at: string;
    result?: object;
    voided?: boolean;
  },
) {
  n += 1;
  await db.sql.query(
    `INSERT INTO lrs_statements (stored, id, statement, actor_ifi, verb_id, activity_id, timestamp, voided)
     VALUES ('2026-06-01T00:00:00Z'::timestamptz + $1::int * interval '1 second', $2::uuid, $3::jsonb, $4, $5, $6, $7::timestamptz, $8)`,
    [
      n,
      randomUUID(),
      JSON.stringify(o.result ? { result: o.result } : {}),
      o.actor,
      o.verb ?? "http://adlnet.gov/expapi/verbs/completed",
      o.activity,
      o.at,
      o.voided ?? false,
    ],
  );
}

describe(`learners and learner-hours from the LRS, on ${testEngine()}`, () => {
  let db: TDatabase;
  let programId = "";
  let courseId = "";
  let otherId = "";
  beforeAll(async () => {
    db = await openTestDatabase();
    ({ id: programId } = await createProgram(db.prisma, actor, {
      name: "Pricing pilot",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    }));
    ({ id: courseId } = await createAsset(db.prisma, actor, {
      title: "Pricing for export",
      kind: "course",
      activityIds: [COURSE, WEBINAR],
    }));
    ({ id: otherId } = await createAsset(db.prisma, actor, { title: "Unused", kind: "job_aid" }));
    const ana = "mbox:mailto:ana@example.org";
    const ben = "mbox:mailto:ben@example.org";
    await statement(db, {
      activity: COURSE,
      actor: ana,
      at: "2026-03-01T10:00:00Z",
      result: { duration: "PT1H30M" },
    });
    await statement(db, {
      activity: COURSE,
      actor: ben,
      at: "2026-03-02T10:00:00Z",
      result: { duration: "PT45M", completion: true },
    });
    await statement(db, {
      activity: WEBINAR,
      actor: ana,
      verb: "http://adlnet.gov/expapi/verbs/attended",
      at: "2026-04-01T10:00:00Z",
      result: { duration: "PT1H" },
    });
    await statement(db, {
      activity: COURSE,
      actor: ben,
      verb: "http://adlnet.gov/expapi/verbs/attempted",
      at: "2026-04-02T10:00:00Z",
      result: { duration: "PT30M" },
    });
    await statement(db, {
      activity: COURSE,
      actor: ben,
      at: "2026-03-03T10:00:00Z",
      result: { duration: "PT9H" },
      voided: true,
    });
    await statement(db, {
      activity: COURSE,
      actor: "mbox:mailto:cy@example.org",
      at: "2027-01-05T10:00:00Z",
      result: { duration: "PT2H" },
    });
  });
  afterAll(async () => {
    await db.close();
  });

  it("counts learners, hours and completions per asset over the program's period", async () => {
    const figures = await lrsFigures(db.prisma, { programId, assetIds: [courseId, otherId] });
    expect(figures.window).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    // 1.5 h + 0.75 h + 1 h + 0.5 h; the voided row and the one in 2027 are left out.
    expect(figures.assets).toEqual([
      { assetId: courseId, learners: 2, learnerHours: "3.75", completions: 2, statements: 4 },
      { assetId: otherId, learners: 0, learnerHours: "0.00", completions: 0, statements: 0 },
    ]);
  });

  it("keeps to a window, and refuses a bad one by field", async () => {
    const march = await lrsFigures(db.prisma, {
      programId,
      assetIds: [courseId],
      window: { from: "2026-03-01", to: "2026-03-31" },
    });
    expect(march.assets[0]).toMatchObject({ learners: 2, learnerHours: "2.25", statements: 2 });
    await expect(
      lrsFigures(db.prisma, {
        programId,
        assetIds: [courseId],
        window: { from: "2026-03-31", to: "2026-03-01" },
      }),
    ).rejects.toThrow(/must not be before the start/);
    await expect(lrsFigures(db.prisma, { programId, assetIds: [] })).rejects.toThrow(
      /link at least one row/,
    );
  });
});
