import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { fieldErrorsFrom } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { listAuditForEntity } from "../audit/list-audit";
import { deleteAllocation, listAllocations, saveAllocation } from "./allocations";
import { createCostItem, createProgram, updateCostItem } from "./programs";

const actor = { id: "analyst-1" };
const item = {
  category: "people",
  phase: "build",
  unit: "fixed",
  currency: "USD",
  recurrence: "one_time",
  volume: "1",
} as const;

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ZodError) return fieldErrorsFrom(error);
  const e = error as { field?: string; message?: string };
  return e?.field ? { [e.field]: e.message ?? "" } : { _: String(error) };
}

describe(`cost allocations on ${testEngine()}`, () => {
  let db: TDatabase;
  let programId = "";
  let mainItemId = "";
  beforeAll(async () => {
    db = await openTestDatabase();
    ({ id: programId } = await createProgram(db.prisma, actor, {
      name: "Allocation program",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    }));
    ({ id: mainItemId } = await createCostItem(db.prisma, actor, {
      ...item,
      programId,
      component: "Design",
      rate: "100",
      startsOn: "2026-02-01",
    }));
    await createCostItem(db.prisma, actor, {
      ...item,
      programId,
      component: "Optional coaching",
      rate: "50",
      isOptional: true,
      startsOn: "2026-08-01",
    });
  });
  afterAll(async () => db.close());

  it("splits the total exactly by shares and gives cost per learner, completion and outcome", async () => {
    await saveAllocation(db.prisma, actor, {
      programId,
      name: "Thirds",
      basis: "shares",
      targets: [
        {
          label: "North",
          weight: "1",
          learners: 3,
          completions: 2,
          outcomes: 1,
          outcomeLabel: "renewals",
        },
        { label: "South", weight: "1" },
        { label: "West", weight: "1", learners: 0 },
      ],
    });
    const [thirds] = await listAllocations(db.prisma, programId);
    expect(thirds!.totalMinor).toBe(15_000n);
    expect(thirds!.targets.map((t) => [t.amountMinor, t.sharePercent])).toEqual([
      [5_000n, "33.33"],
      [5_000n, "33.33"],
      [5_000n, "33.33"],
    ]);
    expect(thirds!.targets[0]).toMatchObject({
      perLearnerMinor: 1_667n,
      perCompletionMinor: 2_500n,
      perOutcomeMinor: 5_000n,
    });
    expect(thirds!.targets[2]!.perLearnerMinor).toBeNull();
  });

  it("follows the ledger, the window and the optional flag, and always sums to the total", async () => {
    const { id } = await saveAllocation(db.prisma, actor, {
      programId,
      name: "First half by learners",
      basis: "learner_count",
      window: { from: "2026-01-01", to: "2026-06-30" },
      withOptional: false,
      targets: [
        { label: "Cohort A", kind: "cohort", weight: "7" },
        { label: "Cohort B", kind: "cohort", weight: "5" },
        { label: "Cohort C", kind: "cohort", weight: "1" },
      ],
    });
    const find = async () =>
      (await listAllocations(db.prisma, programId)).find((a) => a.id === id)!;
    let split = await find();
    expect(split.totalMinor).toBe(10_000n);
    expect(split.targets.map((t) => t.amountMinor)).toEqual([5_385n, 3_846n, 769n]);
    // Split by learner count, each weight is the learner count: cost per learner follows.
    expect(split.targets.map((t) => [t.learners, t.perLearnerMinor])).toEqual([
      [7, 769n],
      [5, 769n],
      [1, 769n],
    ]);
    const design = await db.prisma.costItem.findUniqueOrThrow({ where: { id: mainItemId } });
    await updateCostItem(db.prisma, actor, {
      ...item,
      id: mainItemId,
      component: design.component,
      rate: "100.01",
      startsOn: "2026-02-01",
    });
    split = await find();
    expect(split.targets.reduce((s, t) => s + t.amountMinor, 0n)).toBe(10_001n);
    expect(split.coveredWindow).toEqual({ from: "2026-01-01", to: "2026-06-30" });
  });

  it("names the field of every bad input and keeps names unique per program", async () => {
    const base = { programId, name: "Bad", basis: "shares" } as const;
    expect(await fieldErrorsOf(saveAllocation(db.prisma, actor, { ...base, targets: [] }))).toEqual(
      {
        targets: "needs at least one asset or cohort",
      },
    );
    expect(
      await fieldErrorsOf(
        saveAllocation(db.prisma, actor, {
          ...base,
          basis: "learner_count",
          targets: [
            { label: "A", weight: "-1" },
            { label: "a", weight: "2.5" },
            { label: "B", weight: "x" },
            { label: "C", weight: "2", learners: 3, completions: 4 },
          ],
        }),
      ),
    ).toEqual({
      "targets.0.weight": "must not be negative",
      "targets.1.label": "is listed twice",
      "targets.1.weight": "must be a whole number of learners",
      "targets.2.weight":
        "must be a number like 1234.56 (the share, learner count or learner-hours)",
      "targets.3.completions": "must not exceed the learners",
    });
    expect(
      await fieldErrorsOf(
        saveAllocation(db.prisma, actor, { ...base, targets: [{ label: "A", weight: "0" }] }),
      ),
    ).toEqual({ targets: "at least one weight must be above zero" });
    expect(
      await fieldErrorsOf(
        saveAllocation(db.prisma, actor, {
          ...base,
          name: "Thirds",
          targets: [{ label: "A", weight: "1" }],
        }),
      ),
    ).toEqual({ name: 'this program already has an allocation named "Thirds"' });
  });

  it("rewrites targets on save and deletes, both audited", async () => {
    const [thirds] = await listAllocations(db.prisma, programId);
    await saveAllocation(db.prisma, actor, {
      id: thirds!.id,
      programId,
      name: "Thirds",
      basis: "shares",
      targets: [{ label: "Everyone", weight: "1" }],
    });
    const [after] = await listAllocations(db.prisma, programId);
    expect(after!.targets.map((t) => [t.label, t.amountMinor])).toEqual([
      ["Everyone", after!.totalMinor],
    ]);
    await deleteAllocation(db.prisma, actor, thirds!.id);
    expect((await listAllocations(db.prisma, programId)).map((a) => a.name)).toEqual([
      "First half by learners",
    ]);
    const actions = await db.prisma.auditLog.findMany({
      where: { entityId: thirds!.id },
      orderBy: { at: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "cost_allocation.create",
      "cost_allocation.update",
      "cost_allocation.delete",
    ]);
  });

  it("links a target to a learning asset: its title is the label, and follows a rename or a delete", async () => {
    const asset = await db.prisma.learningAsset.create({
      data: { title: "Export Readiness 101", titleKey: "export readiness 101", kind: "course" },
    });
    const { id } = await saveAllocation(db.prisma, actor, {
      programId,
      name: "By course",
      basis: "shares",
      targets: [
        { label: "typed differently", kind: "asset", assetId: asset.id, weight: "3" },
        { label: "Northern members", weight: "1" },
      ],
    });
    const find = async () =>
      (await listAllocations(db.prisma, programId)).find((a) => a.id === id)!;
    expect((await find()).targets.map((t) => [t.label, t.kind, t.assetId])).toEqual([
      ["Export Readiness 101", "asset", asset.id],
      ["Northern members", "cohort", null],
    ]);
    const [created] = await listAuditForEntity(db.prisma, "cost_allocation", id);
    expect(created!.after).toMatchObject({
      targets: [{ label: "Export Readiness 101", assetId: asset.id }, { assetId: null }],
    });

    await db.prisma.learningAsset.update({
      where: { id: asset.id },
      data: { title: "Export Readiness 102", titleKey: "export readiness 102" },
    });
    expect((await find()).targets[0]!.label).toBe("Export Readiness 102");
    await db.prisma.learningAsset.delete({ where: { id: asset.id } });
    // The link goes; the target stays, under the title it had when the allocation was saved.
    expect((await find()).targets[0]).toMatchObject({
      label: "Export Readiness 101",
      kind: "asset",
      assetId: null,
    });

    expect(
      await fieldErrorsOf(
        saveAllocation(db.prisma, actor, {
          id,
          programId,
          name: "By course",
          basis: "shares",
          targets: [{ label: "Gone", kind: "asset", assetId: asset.id, weight: "1" }],
        }),
      ),
    ).toEqual({ "targets.0.label": "this learning asset no longer exists" });
  });
});
