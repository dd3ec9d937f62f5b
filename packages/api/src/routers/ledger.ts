import { ledger } from "@xroi/core";
import {
  ZLrsFiguresInputSchema,
  ZLrsFiguresSchema,
  ZCostItemCreateSchema,
  ZCostItemSchema,
  ZCostItemUpdateSchema,
  ZAllocationSaveSchema,
  ZAuditEntrySchema,
  ZLedgerHistoryInputSchema,
  ALLOCATION_BASES,
  PERIOD_FITS,
  ZDateWindowSchema,
  ZLedgerImportSchema,
  ZProgramCreateSchema,
  ZProgramSchema,
  ZProgramUpdateSchema,
} from "@xroi/validators";
import { z } from "zod";
import { analystProcedure, createTRPCRouter, viewerProcedure } from "../trpc";

const ZTotalsSchema = z.object({
  total: z.bigint(),
  withoutOptional: z.bigint(),
  optional: z.bigint(),
  oneTime: z.bigint(),
  recurring: z.bigint(),
  planned: z.bigint(),
  actual: z.bigint(),
  byCategory: z.record(z.string(), z.bigint()),
  byPhase: z.record(z.string(), z.bigint()),
});

const ZProgramLedgerSchema = z.object({
  program: ZProgramSchema.omit({ itemCount: true, allocationCount: true, totalMinor: true }),
  window: z.object({ from: z.string(), to: z.string() }),
  items: z.array(
    ZCostItemSchema.extend({ amountInWindowMinor: z.bigint(), periodFit: z.enum(PERIOD_FITS) }),
  ),
  totals: ZTotalsSchema,
});

const ZImportPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(["csv", "xlsx"]),
  rowCount: z.number().int(),
  columnErrors: z.array(z.string()),
  errors: z.array(z.object({ line: z.number().int(), column: z.string(), message: z.string() })),
  items: z.array(
    ZCostItemSchema.pick({
      component: true,
      category: true,
      phase: true,
      unit: true,
      rate: true,
      volume: true,
      recurrence: true,
      startsOn: true,
      endsOn: true,
      status: true,
      isOptional: true,
      amountMinor: true,
    }).extend({ line: z.number().int() }),
  ),
  amountMinor: z.bigint(),
});

const ZAllocationSchema = z.object({
  id: z.string(),
  name: z.string(),
  basis: z.enum(ALLOCATION_BASES),
  window: z.object({ from: z.string(), to: z.string() }).nullable(),
  withOptional: z.boolean(),
  coveredWindow: z.object({ from: z.string(), to: z.string() }),
  totalMinor: z.bigint(),
  targets: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      kind: z.enum(["asset", "cohort"]),
      assetId: z.string().nullable(),
      weight: z.string(),
      sharePercent: z.string(),
      learners: z.number().nullable(),
      completions: z.number().nullable(),
      outcomes: z.number().nullable(),
      outcomeLabel: z.string(),
      amountMinor: z.bigint(),
      perLearnerMinor: z.bigint().nullable(),
      perCompletionMinor: z.bigint().nullable(),
      perOutcomeMinor: z.bigint().nullable(),
    }),
  ),
});

/** Analysts (and admins) keep the ledger; everyone signed in may read it. */
export const ledgerRouter = createTRPCRouter({
  programs: viewerProcedure
    .input(z.void())
    .output(z.array(ZProgramSchema))
    .query(({ ctx }) => ledger.listPrograms(ctx.db)),
  createProgram: analystProcedure
    .input(ZProgramCreateSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => ledger.createProgram(ctx.db, ctx.user, input)),
  updateProgram: analystProcedure
    .input(ZProgramUpdateSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => ledger.updateProgram(ctx.db, ctx.user, input)),
  deleteProgram: analystProcedure
    .input(z.object({ id: z.uuid("must be a program id") }))
    .output(z.object({ id: z.string(), items: z.number().int(), allocations: z.number().int() }))
    .mutation(({ ctx, input }) => ledger.deleteProgram(ctx.db, ctx.user, input.id)),
  program: viewerProcedure
    .input(
      z.object({ programId: z.uuid("must be a program id"), window: ZDateWindowSchema.optional() }),
    )
    .output(ZProgramLedgerSchema)
    .query(({ ctx, input }) => ledger.programLedger(ctx.db, input.programId, input.window)),
  createItem: analystProcedure
    .input(ZCostItemCreateSchema)
    .output(ZCostItemSchema)
    .mutation(({ ctx, input }) => ledger.createCostItem(ctx.db, ctx.user, input)),
  updateItem: analystProcedure
    .input(ZCostItemUpdateSchema)
    .output(ZCostItemSchema)
    .mutation(({ ctx, input }) => ledger.updateCostItem(ctx.db, ctx.user, input)),
  deleteItem: analystProcedure
    .input(z.object({ id: z.uuid("must be a cost item id") }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => ledger.deleteCostItem(ctx.db, ctx.user, input.id)),
  previewImport: analystProcedure
    .input(ZLedgerImportSchema)
    .output(ZImportPreviewSchema)
    .mutation(({ ctx, input }) => ledger.previewImport(ctx.db, input)),
  importItems: analystProcedure
    .input(ZLedgerImportSchema)
    .output(z.object({ imported: z.number().int(), amountMinor: z.bigint() }))
    .mutation(({ ctx, input }) => ledger.applyImport(ctx.db, ctx.user, input)),
  exportLedger: viewerProcedure
    .input(
      z.object({
        programId: z.uuid("must be a program id"),
        format: z.enum(["csv", "xlsx"], { error: "must be csv or xlsx" }),
        window: ZDateWindowSchema.optional(),
      }),
    )
    .output(z.object({ fileName: z.string(), contentType: z.string(), contentBase64: z.string() }))
    .query(({ ctx, input }) => ledger.exportLedger(ctx.db, input)),
  allocations: viewerProcedure
    .input(z.object({ programId: z.uuid("must be a program id") }))
    .output(z.array(ZAllocationSchema))
    .query(({ ctx, input }) => ledger.listAllocations(ctx.db, input.programId)),
  saveAllocation: analystProcedure
    .input(ZAllocationSaveSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => ledger.saveAllocation(ctx.db, ctx.user, input)),
  /** Learners and learner-hours per linked asset from the LRS, to fill an allocation's weights. */
  lrsFigures: analystProcedure
    .input(ZLrsFiguresInputSchema)
    .output(ZLrsFiguresSchema)
    .query(({ ctx, input }) => ledger.lrsFigures(ctx.db, input)),
  deleteAllocation: analystProcedure
    .input(z.object({ id: z.uuid("must be an allocation id") }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => ledger.deleteAllocation(ctx.db, ctx.user, input.id)),
  history: viewerProcedure
    .input(ZLedgerHistoryInputSchema)
    .output(z.array(ZAuditEntrySchema))
    .query(({ ctx, input }) => ledger.ledgerHistory(ctx.db, input)),
});
