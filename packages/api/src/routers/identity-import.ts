import { peopleImport } from "@xroi/core";
import {
  ZIdentityImportCsvSchema,
  ZIdentityImportSummarySchema,
  ZImportReportSchema,
  ZUpsertBatchSchema,
} from "@xroi/validators";
import { z } from "zod";
import { adminProcedure, createTRPCRouter } from "../trpc";

/**
 * Mapping imports (docs/identity-import.md). Admins only, the dry run included: its problems say
 * who holds an ID. A refused apply returns its report (applied: false) rather than failing, so
 * the wizard and connectors see every line's problem.
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
  list: adminProcedure
    .input(z.void())
    .output(z.array(ZIdentityImportSummarySchema))
    .query(({ ctx }) => peopleImport.listImports(ctx.db)),
});
