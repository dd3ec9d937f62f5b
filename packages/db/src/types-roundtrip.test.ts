import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDatabase } from "./database";
import { openTestDatabase, testEngine } from "./testing";

// Decimal, BigInt and DATE columns carry money and calendar dates; both adapters must keep them exact.
describe(`exact column types on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  it("round-trips decimals, big integers and dates without drift", async () => {
    const program = await db.prisma.program.create({
      data: {
        name: "P",
        nameKey: "p",
        currency: "USD",
        startsOn: new Date("2026-01-01"),
        endsOn: new Date("2026-12-31"),
      },
    });
    const item = await db.prisma.costItem.create({
      data: {
        programId: program.id,
        component: "Facilitation",
        category: "people",
        phase: "pilot",
        unit: "hour",
        rate: "0.015",
        volume: "123456789.123456",
        amountMinor: 9_007_199_254_740_993n,
        currency: "USD",
        recurrence: "monthly",
        startsOn: new Date("2026-02-28"),
      },
    });
    const back = await db.prisma.costItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(back.rate.toString()).toBe("0.015");
    expect(back.volume.toFixed(6)).toBe("123456789.123456");
    expect(back.amountMinor).toBe(9_007_199_254_740_993n);
    expect(back.startsOn?.toISOString().slice(0, 10)).toBe("2026-02-28");
    const [sum] = await db.prisma.$queryRawUnsafe<Array<{ total: string }>>(
      `SELECT sum(amount_minor)::text AS total FROM cost_items`,
    );
    expect(sum?.total).toBe("9007199254740993");
  });
});
