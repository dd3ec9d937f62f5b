import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { fieldErrorsFrom } from "@xroi/validators";
import { listAuditForEntity } from "../audit/list-audit";
import {
  createCostItem,
  createProgram,
  deleteCostItem,
  listPrograms,
  programLedger,
  updateCostItem,
} from "./programs";

const actor = { id: "analyst-1" };

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ZodError) return fieldErrorsFrom(error);
  const e = error as { field?: string; message?: string };
  return e?.field ? { [e.field]: e.message ?? "" } : { _: String(error) };
}

describe(`cost ledger on ${testEngine()}`, () => {
  let db: TDatabase;
  let programId = "";
  beforeAll(async () => {
    db = await openTestDatabase();
    ({ id: programId } = await createProgram(db.prisma, actor, {
      name: "Export readiness pilot",
      currency: "usd",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    }));
  });
  afterAll(async () => db.close());

  const base = {
    category: "people",
    phase: "build",
    unit: "hour",
    currency: "USD",
    recurrence: "one_time",
  } as const;

  it("adds items, computes exact amounts and totals over the program's period", async () => {
    await createCostItem(db.prisma, actor, {
      ...base,
      programId,
      component: "Instrumentation",
      rate: "110",
      volume: "200",
    });
    await createCostItem(db.prisma, actor, {
      ...base,
      programId,
      component: "LRS subscription",
      category: "technology",
      phase: "operations",
      unit: "month",
      rate: "200",
      volume: "1",
      recurrence: "monthly",
      startsOn: "2026-01-01",
    });
    await createCostItem(db.prisma, actor, {
      ...base,
      programId,
      component: "Extra webinars",
      rate: "33.33",
      volume: "37.5",
      isOptional: true,
    });

    const ledger = await programLedger(db.prisma, programId);
    expect(ledger.items.map((i) => [i.component, i.amountMinor, i.amountInWindowMinor])).toEqual([
      ["Instrumentation", 2_200_000n, 2_200_000n],
      ["LRS subscription", 20_000n, 240_000n],
      ["Extra webinars", 124_988n, 124_988n],
    ]);
    expect(ledger.totals).toMatchObject({
      total: 2_564_988n,
      withoutOptional: 2_440_000n,
      oneTime: 2_324_988n,
      recurring: 240_000n,
    });
    expect(ledger.totals.byCategory).toEqual({ people: 2_324_988n, technology: 240_000n });

    const q1 = await programLedger(db.prisma, programId, { from: "2026-01-01", to: "2026-03-31" });
    expect(q1.items[1]!.amountInWindowMinor).toBe(60_000n);
    expect(await listPrograms(db.prisma)).toEqual([
      expect.objectContaining({
        name: "Export readiness pilot",
        currency: "USD",
        itemCount: 3,
        totalMinor: 2_564_988n,
      }),
    ]);
  });

  it("refuses bad items by field and writes nothing", async () => {
    const before = await db.prisma.costItem.count();
    const item = { ...base, programId, component: "Bad", rate: "10", volume: "1" };
    expect(await fieldErrorsOf(createCostItem(db.prisma, actor, { ...item, rate: "-5" }))).toEqual({
      rate: "must not be negative",
    });
    expect(
      await fieldErrorsOf(createCostItem(db.prisma, actor, { ...item, volume: "ten" })),
    ).toEqual({
      volume: "must be a number like 1234.56 (the number of units)",
    });
    expect(
      await fieldErrorsOf(
        createCostItem(db.prisma, actor, { ...item, unit: "fortnight" as never }),
      ),
    ).toEqual({
      unit: "must be one of hour, month, user_month, learner_hour, fixed",
    });
    expect(
      await fieldErrorsOf(createCostItem(db.prisma, actor, { ...item, recurrence: "monthly" })),
    ).toEqual({
      startsOn: "is required for a recurring cost",
    });
    expect(
      await fieldErrorsOf(createCostItem(db.prisma, actor, { ...item, currency: "EUR" })),
    ).toEqual({
      currency: "must be USD, the program's currency",
    });
    expect(await db.prisma.costItem.count()).toBe(before);
  });

  it("stores the largest rate and amount the columns hold, and refuses more, or a date that does not exist", async () => {
    const before = await db.prisma.costItem.count();
    const item = { ...base, programId, component: "Bounds", rate: "10", volume: "1" };
    expect(
      await fieldErrorsOf(createCostItem(db.prisma, actor, { ...item, rate: "10000000000000" })),
    ).toEqual({ rate: "must be below 1,000,000,000,000" });
    expect(
      await fieldErrorsOf(
        createCostItem(db.prisma, actor, { ...item, rate: "1000000", volume: "1000000" }),
      ),
    ).toEqual({
      rate: "makes the amount (rate × volume) 1,000,000,000,000 or more",
      volume: "makes the amount (rate × volume) 1,000,000,000,000 or more",
    });
    expect(
      await fieldErrorsOf(createCostItem(db.prisma, actor, { ...item, startsOn: "2026-02-30" })),
    ).toEqual({ startsOn: "is not a calendar date (February 2026 has 28 days)" });
    // PostgreSQL text cannot hold NUL: a field error here, not a failed INSERT.
    expect(
      await fieldErrorsOf(createCostItem(db.prisma, actor, { ...item, notes: "a\u0000b" })),
    ).toEqual({ notes: "must not contain a NUL character" });
    expect(await db.prisma.costItem.count()).toBe(before);

    const largest = await createCostItem(db.prisma, actor, {
      ...item,
      rate: "999999999999.999999",
      volume: "0.999999",
    });
    expect(largest.rate).toBe("999999999999.999999");
    // 999,998,999,999.999999000001 rounds once, half to even, to 999,999,000,000.00.
    expect(largest.amountMinor).toBe(99_999_900_000_000n);
    const { id, programId: _p, amountMinor: _a, ...fields } = largest;
    expect(
      await fieldErrorsOf(updateCostItem(db.prisma, actor, { ...fields, id, volume: "1.000001" })),
    ).toEqual({
      rate: "makes the amount (rate × volume) 1,000,000,000,000 or more",
      volume: "makes the amount (rate × volume) 1,000,000,000,000 or more",
    });
    expect(
      await fieldErrorsOf(
        updateCostItem(db.prisma, actor, { ...fields, id, startsOn: "2026-04-31" }),
      ),
    ).toEqual({ startsOn: "is not a calendar date (April 2026 has 30 days)" });
    await expect(
      programLedger(db.prisma, programId, { from: "2026-02-30", to: "2026-03-31" }),
    ).rejects.toThrow(/February 2026 has 28 days/);
    await deleteCostItem(db.prisma, actor, id);
  });

  it("refuses a bad program: unknown currency, end before start, duplicate name", async () => {
    const program = {
      name: "Engineering upskilling Q1",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-03-31",
    };
    expect(
      await fieldErrorsOf(createProgram(db.prisma, actor, { ...program, currency: "XYZ" })),
    ).toEqual({ currency: expect.stringMatching(/^XYZ is not a supported currency/) });
    expect(
      await fieldErrorsOf(createProgram(db.prisma, actor, { ...program, endsOn: "2025-12-31" })),
    ).toEqual({ endsOn: "must not be before the start date" });
    expect(
      await fieldErrorsOf(
        createProgram(db.prisma, actor, { ...program, name: "export READINESS pilot" }),
      ),
    ).toEqual({ name: 'a program named "export READINESS pilot" already exists' });
    expect(
      await fieldErrorsOf(createProgram(db.prisma, actor, { ...program, endsOn: "2026-02-30" })),
    ).toEqual({ endsOn: "is not a calendar date (February 2026 has 28 days)" });
  });

  it("marks items dated wholly or partly outside the program's period, whatever the window", async () => {
    const { id } = await createProgram(db.prisma, actor, {
      name: "Half-year program",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-06-30",
    });
    const add = (component: string, fields: Record<string, string>) =>
      createCostItem(db.prisma, actor, {
        ...base,
        programId: id,
        component,
        rate: "100",
        volume: "1",
        ...fields,
      });
    await add("Kick-off", { startsOn: "2026-01-15" });
    await add("Last year's workshop", { startsOn: "2025-12-15" });
    await add("Hosting", { recurrence: "monthly", startsOn: "2026-04-01", endsOn: "2026-09-30" });
    const ledger = await programLedger(db.prisma, id);
    expect(ledger.items.map((i) => [i.component, i.periodFit, i.amountInWindowMinor])).toEqual([
      ["Kick-off", "inside", 10_000n],
      ["Last year's workshop", "outside", 0n],
      ["Hosting", "partly_outside", 30_000n],
    ]);
    expect(ledger.totals.total).toBe(40_000n);
    const wider = await programLedger(db.prisma, id, { from: "2025-01-01", to: "2026-12-31" });
    expect(wider.items.map((i) => i.periodFit)).toEqual(["inside", "outside", "partly_outside"]);
    expect(wider.totals.total).toBe(80_000n);
  });

  it("audits every edit with before and after", async () => {
    const item = await createCostItem(db.prisma, actor, {
      ...base,
      programId,
      component: "Facilitator",
      rate: "90",
      volume: "10",
    });
    const { id: _id, programId: _p, amountMinor: _a, ...fields } = item;
    const updated = await updateCostItem(db.prisma, actor, {
      ...fields,
      id: item.id,
      volume: "12",
      status: "actual",
    });
    expect(updated.amountMinor).toBe(108_000n);
    await deleteCostItem(db.prisma, actor, item.id);
    const history = await listAuditForEntity(db.prisma, "cost_item", item.id);
    expect(history.map((h) => h.action)).toEqual([
      "cost_item.delete",
      "cost_item.update",
      "cost_item.create",
    ]);
    expect(history[1]).toMatchObject({
      actorId: "analyst-1",
      before: expect.objectContaining({ volume: "10" }),
      after: expect.objectContaining({ volume: "12", status: "actual" }),
    });
  });
});
