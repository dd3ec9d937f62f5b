import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { fieldErrorsFrom } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { listAuditForEntity } from "../audit/list-audit";
import { listAllocations, saveAllocation } from "./allocations";
import { deleteProgram, updateProgram } from "./program-changes";
import { createCostItem, createProgram, listPrograms, programLedger } from "./programs";

const actor = { id: "analyst-1" };
const period = { currency: "USD", startsOn: "2026-01-01", endsOn: "2026-12-31" };
const item = {
  category: "people",
  phase: "build",
  unit: "fixed",
  currency: "USD",
  recurrence: "one_time",
  rate: "100",
  volume: "1",
} as const;

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ZodError) return fieldErrorsFrom(error);
  const e = error as { field?: string; message?: string };
  return e?.field ? { [e.field]: e.message ?? "" } : { _: String(error) };
}

describe(`program edit and delete on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  it("renames, moves the period and changes the currency while there are no items; audited", async () => {
    const { id } = await createProgram(db.prisma, actor, { ...period, name: "Sales onboarding" });
    await updateProgram(db.prisma, actor, {
      id,
      name: "Sales onboarding 2026",
      description: "New hires, first 90 days",
      currency: "eur",
      startsOn: "2026-02-01",
      endsOn: "2026-04-30",
    });
    const ledger = await programLedger(db.prisma, id);
    expect(ledger.program).toMatchObject({
      name: "Sales onboarding 2026",
      description: "New hires, first 90 days",
      currency: "EUR",
      startsOn: "2026-02-01",
      endsOn: "2026-04-30",
    });
    const [update] = await listAuditForEntity(db.prisma, "program", id);
    expect(update).toMatchObject({
      action: "program.update",
      actorId: "analyst-1",
      before: { name: "Sales onboarding", currency: "USD", startsOn: "2026-01-01" },
      after: { name: "Sales onboarding 2026", currency: "EUR", startsOn: "2026-02-01" },
    });
  });

  it("keeps the currency once the program has items, and refuses bad edits by field", async () => {
    const { id } = await createProgram(db.prisma, actor, { ...period, name: "Leadership" });
    await createProgram(db.prisma, actor, { ...period, name: "Coaching" });
    await createCostItem(db.prisma, actor, { ...item, programId: id, component: "Venue" });
    const edit = { id, name: "Leadership", description: "", ...period };
    expect(
      await fieldErrorsOf(updateProgram(db.prisma, actor, { ...edit, currency: "EUR" })),
    ).toEqual({ currency: "cannot change while the program has 1 cost item in USD" });
    expect(
      await fieldErrorsOf(updateProgram(db.prisma, actor, { ...edit, currency: "XYZ" })),
    ).toEqual({ currency: expect.stringMatching(/^XYZ is not a supported currency/) });
    expect(
      await fieldErrorsOf(updateProgram(db.prisma, actor, { ...edit, name: "coaching" })),
    ).toEqual({ name: 'a program named "coaching" already exists' });
    expect(
      await fieldErrorsOf(updateProgram(db.prisma, actor, { ...edit, endsOn: "2025-12-31" })),
    ).toEqual({ endsOn: "must not be before the start date" });
    expect(
      await fieldErrorsOf(updateProgram(db.prisma, actor, { ...edit, startsOn: "2026-02-30" })),
    ).toEqual({ startsOn: "is not a calendar date (February 2026 has 28 days)" });
    expect(
      await fieldErrorsOf(
        updateProgram(db.prisma, actor, { ...edit, id: "00000000-0000-4000-8000-000000000000" }),
      ),
    ).toEqual({ id: "this program no longer exists" });
    // Its own name, in other letters, is no clash.
    await updateProgram(db.prisma, actor, { ...edit, name: "LEADERSHIP" });
    expect((await programLedger(db.prisma, id)).program.name).toBe("LEADERSHIP");
  });

  it("deletes a program with its items and allocations, each audited, and says how many", async () => {
    const { id } = await createProgram(db.prisma, actor, { ...period, name: "Retired program" });
    const venue = await createCostItem(db.prisma, actor, {
      ...item,
      programId: id,
      component: "Venue",
    });
    await createCostItem(db.prisma, actor, { ...item, programId: id, component: "Catering" });
    const { id: allocationId } = await saveAllocation(db.prisma, actor, {
      programId: id,
      name: "Halves",
      basis: "shares",
      targets: [
        { label: "North", weight: "1" },
        { label: "South", weight: "1.000" },
      ],
    });
    expect((await listPrograms(db.prisma)).find((p) => p.id === id)).toMatchObject({
      itemCount: 2,
      allocationCount: 1,
    });

    expect(await deleteProgram(db.prisma, actor, id)).toEqual({ id, items: 2, allocations: 1 });
    expect((await listPrograms(db.prisma)).map((p) => p.id)).not.toContain(id);
    expect(await db.prisma.costItem.count({ where: { programId: id } })).toBe(0);
    await expect(listAllocations(db.prisma, id)).rejects.toThrow(/no longer exists/);

    const [programEntry] = await listAuditForEntity(db.prisma, "program", id);
    expect(programEntry).toMatchObject({
      action: "program.delete",
      before: { name: "Retired program", itemCount: 2, allocationCount: 1 },
    });
    const [itemEntry] = await listAuditForEntity(db.prisma, "cost_item", venue.id);
    expect(itemEntry).toMatchObject({
      action: "cost_item.delete",
      before: { component: "Venue", programId: id },
    });
    const [allocationEntry, created] = await listAuditForEntity(
      db.prisma,
      "cost_allocation",
      allocationId,
    );
    expect(allocationEntry).toMatchObject({
      action: "cost_allocation.delete",
      before: { name: "Halves", targets: [{ label: "North" }, { label: "South", weight: "1" }] },
    });
    // Created and deleted entries hold the allocation in the same shape.
    expect(allocationEntry!.before).toEqual(created!.after);

    await expect(deleteProgram(db.prisma, actor, id)).rejects.toThrow(/no longer exists/);
  });
});
