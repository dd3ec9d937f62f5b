import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_IDENTITY_SETTINGS as settings } from "../identity/settings";
import { saveAllocation } from "../ledger/allocations";
import { createProgram } from "../ledger/programs";
import { createAsset } from "../taxonomy/assets";
import { CHECKS } from "./checks";
import { clearQualityData, statement } from "./fixtures";

const actor = { id: "admin-1" };
const ANA = "mbox:mailto:ana@example.org";
const PILOT_COURSE = "https://lms.example/course/pilot";
const OTHER_COURSE = "https://lms.example/course/other";

describe(`data-quality checks on statements, on ${testEngine()}`, () => {
  let db: TDatabase;
  const run = (check: keyof typeof CHECKS) => CHECKS[check]({ sql: db.sql, settings, examples: 5 });
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());
  beforeEach(async () => clearQualityData(db));

  it("out_of_range_scores: scaled outside -1..1, raw outside min..max, min above max", async () => {
    for (const score of [
      { scaled: 1 },
      { scaled: -1 },
      { raw: 100, min: 0, max: 100 },
      { raw: 5 },
      { raw: -3, max: 10 },
      { scaled: "2" }, // not a number: the LRS would refuse it; this check reads numbers only
    ])
      await statement(db, { actor: ANA, score });
    await statement(db, { actor: ANA });
    expect(await run("out_of_range_scores")).toEqual({ count: 0, facts: {}, examples: [] });

    const high = await statement(db, { actor: ANA, score: { scaled: 1.5 } });
    await statement(db, { actor: ANA, score: { raw: 120, min: 0, max: 100 } });
    await statement(db, { actor: ANA, score: { raw: -1, min: 0 } });
    await statement(db, { actor: ANA, score: { raw: 7, min: 10, max: 5 } });
    await statement(db, { actor: ANA, score: { scaled: 9 }, voided: true });
    const result = await run("out_of_range_scores");
    expect(result.count).toBe(4);
    // Newest first.
    expect(result.examples.map((e) => e.detail)).toEqual([
      "min 10 is above max 5",
      "raw score -1 is below min 0",
      "raw score 120 is above max 100",
      "scaled score 1.5 is outside -1..1",
    ]);
    expect(result.examples[3]).toEqual({
      label: `Statement ${high}`,
      detail: "scaled score 1.5 is outside -1..1",
      count: null,
      fixPath: "/lrs",
      fixLabel: "Find it in the LRS",
      isPersonal: false,
    });
  });

  it("implausible_timestamps: in the future, before the program, or before 2000", async () => {
    const { id: programId } = await createProgram(db.prisma, actor, {
      name: "Export pilot",
      currency: "USD",
      startsOn: "2026-03-01",
      endsOn: "2026-12-31",
    });
    const { id: assetId } = await createAsset(db.prisma, actor, {
      title: "Pilot course",
      kind: "course",
      activityIds: [PILOT_COURSE],
    });
    await saveAllocation(db.prisma, actor, {
      programId,
      name: "By course",
      basis: "shares",
      targets: [{ label: "Pilot course", kind: "asset", assetId, weight: "1" }],
    });
    const stored = "2026-06-01T12:00:00.000Z";
    const at = (timestamp: string, activityId = PILOT_COURSE, voided = false) =>
      statement(db, { actor: ANA, timestamp, activityId, voided });
    // Plausible: 4 minutes ahead of stored, the evening before the program in UTC, another
    // course in no program years earlier.
    await statement(db, { actor: ANA, stored, timestamp: "2026-06-01T12:04:00.000Z" });
    await at("2026-02-28T20:00:00.000Z");
    await at("2015-05-05T10:00:00.000Z", OTHER_COURSE);
    expect((await run("implausible_timestamps")).count).toBe(0);

    const future = await statement(db, {
      actor: ANA,
      stored: "2026-06-01T12:00:01.000Z",
      timestamp: "2026-06-04T13:00:00.000Z",
    });
    await at("2026-02-15T09:00:00.000Z");
    await at("1970-01-01T00:00:00.000Z", OTHER_COURSE);
    await at("2026-01-01T00:00:00.000Z", PILOT_COURSE, true); // voided: not counted
    const result = await run("implausible_timestamps");
    expect(result).toMatchObject({
      count: 3,
      facts: { future: 1, beforeProgram: 1, before2000: 1 },
    });
    expect(result.examples.map((e) => [e.detail, e.fixPath])).toEqual(
      expect.arrayContaining([
        [
          "dated 2026-06-04 13:00 UTC, 3 days after the LRS stored it (2026-06-01 12:00 UTC)",
          "/lrs/ingest",
        ],
        ["dated 2026-02-15, before “Export pilot” starts (2026-03-01)", "/ledger"],
        ["dated 1970-01-01: a clock that was never set", "/lrs"],
      ]),
    );
    expect(result.examples.find((e) => e.label === `Statement ${future}`)).toBeTruthy();
    expect(result.examples.every((e) => !e.isPersonal)).toBe(true);
  });
});
