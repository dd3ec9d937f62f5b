import { TRPCError } from "@trpc/server";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import type { TRole } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, codeOf } from "../testing";

describe(`ledger router on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());
  const as = (role: TRole) => callerAs(db, role);
  const code = codeOf;

  it("lets analysts keep the ledger, viewers read it, and privacy leads neither write nor change it", async () => {
    const { id: programId } = await as("analyst").ledger.createProgram({
      name: "Engineering upskilling Q1",
      currency: "EUR",
      startsOn: "2026-01-01",
      endsOn: "2026-03-31",
    });
    const item = await as("analyst").ledger.createItem({
      programId,
      component: "Participant time",
      category: "participant_time",
      phase: "pilot",
      unit: "learner_hour",
      rate: "62.5",
      volume: "480",
      currency: "EUR",
      recurrence: "one_time",
    });
    expect(item.amountMinor).toBe(3_000_000n);
    const view = await as("viewer").ledger.program({ programId });
    expect(view.totals.byCategory).toEqual({ participant_time: 3_000_000n });
    expect(await code(as("viewer").ledger.createItem({ ...item, programId }))).toBe("FORBIDDEN");
    expect(await code(as("privacy_lead").ledger.deleteItem({ id: item.id }))).toBe("FORBIDDEN");
    expect(await code(as("admin").ledger.updateItem({ ...item, volume: "500" }))).toBe("ok");
    expect(
      await code(as("analyst").ledger.createItem({ ...item, programId, currency: "USD" })),
    ).toBe("BAD_REQUEST");
    expect(
      await code(
        as("analyst").ledger.program({ programId: "00000000-0000-4000-8000-000000000000" }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("imports a CSV for analysts only, naming the bad line, and exports for everyone signed in", async () => {
    const { id: programId } = await as("analyst").ledger.createProgram({
      name: "Import through the router",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    });
    const file = (csv: string) => ({
      programId,
      fileName: "costs.csv",
      contentBase64: Buffer.from(csv).toString("base64"),
    });
    const good = file(
      "component,category,phase,unit,rate,volume\nFacilitator,people,pilot,hour,80,10",
    );
    const bad = file(
      "component,category,phase,unit,rate,volume\nFacilitator,people,pilot,hour,80,10\nRoom,other,pilot,fixed,abc,1",
    );
    expect(await code(as("viewer").ledger.previewImport(good))).toBe("FORBIDDEN");
    expect(await code(as("viewer").ledger.importItems(good))).toBe("FORBIDDEN");
    const preview = await as("analyst").ledger.previewImport(bad);
    expect(preview.errors).toEqual([
      { line: 3, column: "rate", message: "must be a number like 1234.56 (the rate per unit)" },
    ]);
    await expect(as("analyst").ledger.importItems(bad)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("line 3 rate"),
    });
    expect((await as("viewer").ledger.program({ programId })).items).toHaveLength(0);
    expect(await as("analyst").ledger.importItems(good)).toEqual({
      imported: 1,
      amountMinor: 80_000n,
    });
    const csv = await as("viewer").ledger.exportLedger({ programId, format: "csv" });
    expect(Buffer.from(csv.contentBase64, "base64").toString()).toContain("total,Total,,,,,,USD,");
    expect(await code(as("analyst").ledger.previewImport({ ...good, fileName: "costs.pdf" }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("answers too-large numbers and impossible dates with field errors, never a server error", async () => {
    const { id: programId } = await as("analyst").ledger.createProgram({
      name: "Bounds through the router",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    });
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => ({ code: "ok" }),
        (e: TRPCError) => ({ code: e.code, message: e.message }),
      );
    const item = {
      programId,
      component: "Facilitation",
      category: "people",
      phase: "pilot",
      unit: "hour",
      rate: "80",
      volume: "10",
      currency: "USD",
      recurrence: "one_time",
    } as const;
    expect(
      await refusal(as("analyst").ledger.createItem({ ...item, rate: "10000000000000" })),
    ).toEqual({ code: "BAD_REQUEST", message: "rate: must be below 1,000,000,000,000" });
    expect(
      await refusal(as("analyst").ledger.createItem({ ...item, startsOn: "2026-02-30" })),
    ).toEqual({
      code: "BAD_REQUEST",
      message: "startsOn: is not a calendar date (February 2026 has 28 days)",
    });
    expect(
      await refusal(
        as("viewer").ledger.program({
          programId,
          window: { from: "2026-02-30", to: "2026-03-31" },
        }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      message: "window.from: is not a calendar date (February 2026 has 28 days)",
    });
    expect(
      await code(
        as("viewer").ledger.exportLedger({
          programId,
          format: "csv",
          window: { from: "2026-01-01", to: "2026-13-01" },
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect((await as("viewer").ledger.program({ programId })).items).toHaveLength(0);
  });

  it("lets analysts edit and delete a program, not viewers; a program with items keeps its currency", async () => {
    const program = {
      name: "Program to edit",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-06-30",
    };
    const { id } = await as("analyst").ledger.createProgram(program);
    const edit = { ...program, id, name: "Program edited", description: "Second half too" };
    expect(await code(as("viewer").ledger.updateProgram(edit))).toBe("FORBIDDEN");
    expect(await code(as("privacy_lead").ledger.deleteProgram({ id }))).toBe("FORBIDDEN");
    expect(await as("analyst").ledger.updateProgram({ ...edit, endsOn: "2026-12-31" })).toEqual({
      id,
    });
    await as("analyst").ledger.createItem({
      programId: id,
      component: "Venue",
      category: "other",
      phase: "pilot",
      unit: "fixed",
      rate: "500",
      volume: "1",
      currency: "USD",
      recurrence: "one_time",
    });
    await expect(
      as("analyst").ledger.updateProgram({ ...edit, currency: "EUR" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "cannot change while the program has 1 cost item in USD",
    });
    expect(await code(as("analyst").ledger.updateProgram({ ...edit, endsOn: "2026-06-31" }))).toBe(
      "BAD_REQUEST",
    );
    const listed = (await as("viewer").ledger.programs()).find((p) => p.id === id);
    expect(listed).toMatchObject({ name: "Program edited", endsOn: "2026-12-31", itemCount: 1 });
    expect(await as("admin").ledger.deleteProgram({ id })).toEqual({
      id,
      items: 1,
      allocations: 0,
    });
    expect(await code(as("viewer").ledger.program({ programId: id }))).toBe("NOT_FOUND");
    expect(await code(as("analyst").ledger.deleteProgram({ id }))).toBe("NOT_FOUND");
    expect(await code(as("analyst").ledger.deleteProgram({ id: "not-an-id" }))).toBe("BAD_REQUEST");
  });

  it("shows a cost item's history to everyone signed in: who, when, before and after", async () => {
    const { id: programId } = await as("analyst").ledger.createProgram({
      name: "History through the router",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    });
    const item = await as("analyst").ledger.createItem({
      programId,
      component: "Coaching",
      category: "people",
      phase: "pilot",
      unit: "hour",
      rate: "150",
      volume: "10",
      currency: "USD",
      recurrence: "one_time",
    });
    const { amountMinor: _a, programId: _p, ...fields } = item;
    await as("admin").ledger.updateItem({ ...fields, volume: "12" });
    const history = await as("viewer").ledger.history({
      entityType: "cost_item",
      entityId: item.id,
    });
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ["cost_item.update", "u-admin"],
      ["cost_item.create", "u-analyst"],
    ]);
    expect(history[0]).toMatchObject({
      before: { volume: "10", amount: "1500.00" },
      after: { volume: "12", amount: "1800.00" },
    });
    const programHistory = await as("privacy_lead").ledger.history({
      entityType: "program",
      entityId: programId,
    });
    expect(programHistory.map((h) => h.action)).toEqual(["program.create"]);
    expect(
      await code(as("viewer").ledger.history({ entityType: "skill" as never, entityId: item.id })),
    ).toBe("BAD_REQUEST");
    expect(
      await code(as("viewer").ledger.history({ entityType: "cost_item", entityId: "x" })),
    ).toBe("BAD_REQUEST");
  });

  it("splits a program to a linked learning asset and a typed cohort", async () => {
    const { id: programId } = await as("analyst").ledger.createProgram({
      name: "Allocation to assets",
      currency: "USD",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    });
    await as("analyst").ledger.createItem({
      programId,
      component: "Course build",
      category: "content",
      phase: "build",
      unit: "fixed",
      rate: "900",
      volume: "1",
      currency: "USD",
      recurrence: "one_time",
    });
    const asset = await as("admin").taxonomy.createAsset({
      title: "Pricing for export markets",
      kind: "course",
    });
    const allocation = {
      programId,
      name: "Course and cohort",
      basis: "shares" as const,
      targets: [
        { label: asset.title, kind: "asset" as const, assetId: asset.id, weight: "2" },
        { label: "Walk-in members", weight: "1" },
      ],
    };
    await as("analyst").ledger.saveAllocation(allocation);
    const [saved] = await as("viewer").ledger.allocations({ programId });
    expect(saved!.targets.map((t) => [t.label, t.assetId, t.amountMinor])).toEqual([
      ["Pricing for export markets", asset.id, 60_000n],
      ["Walk-in members", null, 30_000n],
    ]);
    await expect(
      as("analyst").ledger.saveAllocation({
        ...allocation,
        name: "Missing asset",
        targets: [{ ...allocation.targets[0]!, assetId: "00000000-0000-4000-8000-000000000000" }],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "this learning asset no longer exists" });

    // Learner-hours come from the LRS for analysts; a viewer may not ask.
    const figures = await as("analyst").ledger.lrsFigures({ programId, assetIds: [asset.id] });
    expect(figures.assets).toEqual([
      { assetId: asset.id, learners: 0, learnerHours: "0.00", completions: 0, statements: 0 },
    ]);
    await expect(
      as("viewer").ledger.lrsFigures({ programId, assetIds: [asset.id] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
