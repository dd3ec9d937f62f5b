import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAllocation } from "./allocations";
import { ledgerHistory, readableLedgerValue } from "./history";
import { updateProgram } from "./program-changes";
import { createCostItem, createProgram, deleteCostItem, updateCostItem } from "./programs";

const actor = { id: "analyst-1" };
const item = {
  category: "people",
  phase: "pilot",
  unit: "hour",
  currency: "USD",
  recurrence: "one_time",
} as const;

describe(`ledger history on ${testEngine()}`, () => {
  let db: TDatabase;
  let programId = "";
  beforeAll(async () => {
    db = await openTestDatabase();
    await db.prisma.user.create({
      data: { id: "analyst-1", email: "ana@example.com", name: "Ana Analyst", role: "analyst" },
    });
    ({ id: programId } = await createProgram(db.prisma, actor, {
      name: "History program",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    }));
  });
  afterAll(async () => db.close());

  it("shows who changed a cost item, when, and its amount in the currency", async () => {
    const created = await createCostItem(db.prisma, actor, {
      ...item,
      programId,
      component: "Facilitation",
      rate: "80",
      volume: "40",
    });
    const { id, programId: _p, amountMinor: _a, ...fields } = created;
    await updateCostItem(db.prisma, actor, { ...fields, id, rate: "95.5" });
    const history = await ledgerHistory(db.prisma, { entityType: "cost_item", entityId: id });
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ["cost_item.update", "Ana Analyst"],
      ["cost_item.create", "Ana Analyst"],
    ]);
    expect(history[0]!.at).toBeInstanceOf(Date);
    expect(history[0]!.before).toMatchObject({ rate: "80", amount: "3200.00" });
    expect(history[0]!.after).toMatchObject({ rate: "95.5", amount: "3820.00" });
    expect(history[0]!.after).not.toHaveProperty("programId");
    expect(history[0]!.after).not.toHaveProperty("amountMinor");
  });

  it("holds a program's own edits and the deletes of its items, newest first", async () => {
    const gone = await createCostItem(db.prisma, actor, {
      ...item,
      programId,
      component: "Room hire",
      rate: "300",
      volume: "2",
    });
    await updateProgram(db.prisma, actor, {
      id: programId,
      name: "History program",
      description: "",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-06-30",
    });
    await deleteCostItem(db.prisma, null, gone.id);
    const history = await ledgerHistory(db.prisma, { entityType: "program", entityId: programId });
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ["cost_item.delete", null],
      ["program.update", "Ana Analyst"],
      ["program.create", "Ana Analyst"],
    ]);
    expect(history[0]!.before).toMatchObject({ component: "Room hire", amount: "600.00" });
    expect(history[1]).toMatchObject({
      before: { endsOn: "2026-12-31" },
      after: { endsOn: "2026-06-30" },
    });
  });

  it("shows an allocation's window and targets in words", async () => {
    const allocation = {
      programId,
      name: "By cohort",
      basis: "shares" as const,
      targets: [
        { label: "North", weight: "2", learners: 40 },
        { label: "South", weight: "1" },
      ],
    };
    const { id } = await saveAllocation(db.prisma, actor, allocation);
    await saveAllocation(db.prisma, actor, {
      ...allocation,
      id,
      window: { from: "2026-01-01", to: "2026-03-31" },
      targets: [
        { label: "North", weight: "2.000", learners: 40, outcomes: 5, outcomeLabel: "renewals" },
        { label: "South", weight: "1" },
      ],
    });
    const [update] = await ledgerHistory(db.prisma, {
      entityType: "cost_allocation",
      entityId: id,
    });
    expect(update).toMatchObject({
      action: "cost_allocation.update",
      before: { window: "the program's period", targets: ["North: 2, 40 learners", "South: 1"] },
      after: {
        window: "2026-01-01 to 2026-03-31",
        targets: ["North: 2, 40 learners, 5 renewals", "South: 1"],
      },
    });
  });

  it("reads entries written before allocations had one audit shape", () => {
    expect(
      readableLedgerValue({
        id: "a1",
        programId: "p1",
        windowFrom: "2026-01-01T00:00:00.000Z",
        windowTo: "2026-03-31T00:00:00.000Z",
        targets: [{ id: "t1", label: "North", weight: "2", learners: null }],
      }),
    ).toEqual({ id: "a1", window: "2026-01-01 to 2026-03-31", targets: ["North: 2"] });
    expect(readableLedgerValue(null)).toBeNull();
  });

  it("refuses what the ledger does not keep, and an id that is not one", async () => {
    await expect(
      ledgerHistory(db.prisma, { entityType: "user" as never, entityId: programId }),
    ).rejects.toThrow(/must be one of program, cost_item, cost_allocation/);
    await expect(
      ledgerHistory(db.prisma, { entityType: "program", entityId: "1; drop table" }),
    ).rejects.toThrow(/must be an id/);
    expect(
      await ledgerHistory(db.prisma, {
        entityType: "cost_item",
        entityId: "00000000-0000-4000-8000-000000000000",
      }),
    ).toEqual([]);
  });
});
