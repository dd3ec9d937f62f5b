import { peopleImport } from "@xroi/core";
import {
  ZIdentityImportCsvSchema,
  ZIdentityImportSummarySchema,
  ZImportReportSchema,
  ZUpsertBatchSchema,
} from "@xroi/validators";
import { z } from "zod";
import { adminProcedure, createTRPCRouter, privacyLeadProcedure } from "../trpc";

/**
 * Mapping imports (docs/identity-import.md). Writes and the dry run (its problems say who holds
 * an ID) are for admins; the history is for privacy leads too. A refused apply returns its
 * report (applied: false) rather than failing, so the wizard and connectors see every line.
 */
export const identityImportRouter = createTRPCRouter({
  dryRun: adminProcedure
    .input(ZIdentityImportCsvSchema)
    .output(ZImportReportSchema)
    .mutation(({ ctx, input }) => peopleImport.dryRunCsvImport(ctx.db, input)),
  // "apply" is a reserved word in tRPC routers.
  applyImport: adminProcedure
    .input(ZIdentityImportCsvSchema)
    .output(ZImportReportSchema)
    .mutation(({ ctx, input }) => peopleImport.applyCsvImport(ctx.db, ctx.user, input)),
  upsertBatch: adminProcedure
    .input(ZUpsertBatchSchema)
    .output(ZImportReportSchema)
    .mutation(({ ctx, input }) => peopleImport.upsertBatch(ctx.db, ctx.user, input)),
  /** Files, systems and counts, no names or IDs: privacy leads see them too. */
  list: privacyLeadProcedure
    .input(z.void())
    .output(z.array(ZIdentityImportSummarySchema))
    .query(({ ctx }) => peopleImport.listImports(ctx.db)),
});
