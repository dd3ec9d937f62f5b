import type { TDatabase } from "@xroi/db";
import { seedDemo } from "@xroi/db/seed";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPrograms, programLedger } from "./programs";

// The demo seed enters both case-study cost tables as programs; through the database and the
// ledger's proration, their totals must come back to the cent.
describe(`demo programs on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db.prisma);
    await seedDemo(db.prisma); // a re-run replaces, never duplicates
  });
  afterAll(async () => db.close());

  it("reproduces both case-study totals exactly", async () => {
    const programs = await listPrograms(db.prisma);
    expect(programs.map((p) => [p.name, p.itemCount, p.totalMinor])).toEqual([
      ["Engineering upskilling Q1", 17, 18_416_000n],
      ["Member learning ROI, Year 1", 12, 11_368_000n],
    ]);
  });

  it("splits the chamber's year into one-time and recurring as the case study does", async () => {
    const [, chamber] = await listPrograms(db.prisma);
    const ledger = await programLedger(db.prisma, chamber!.id);
    expect(ledger.totals.recurring).toBe(2_100_000n);
    expect(ledger.totals.oneTime).toBe(9_268_000n);
    const firstQuarter = await programLedger(db.prisma, chamber!.id, {
      from: "2026-01-01",
      to: "2026-03-31",
    });
    // A quarter of each monthly line: 21,000 / 4
    expect(firstQuarter.totals.recurring).toBe(525_000n);
  });

  it("counts the vendor's participant time as opportunity cost", async () => {
    const [vendor] = await listPrograms(db.prisma);
    const ledger = await programLedger(db.prisma, vendor!.id);
    expect(ledger.totals.byCategory.participant_time).toBe(6_000_000n);
  });
});
