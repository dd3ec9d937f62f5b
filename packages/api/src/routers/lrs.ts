import { lrs } from "@xroi/core";
import {
  ZLrsCredentialCreatedSchema,
  ZLrsCredentialCreateSchema,
  ZLrsCredentialIdSchema,
  ZLrsCredentialOptionSchema,
  ZLrsCredentialSchema,
  ZLrsIngestQuerySchema,
  ZLrsIngestSchema,
  ZLrsRejectionFilterSchema,
  ZLrsRejectionPageSchema,
  ZLrsStatementDetailSchema,
  ZLrsStatementFilterSchema,
  ZLrsStatementIdSchema,
  ZLrsStatementPageSchema,
} from "@xroi/validators";
import { z } from "zod";
import { adminProcedure, analystProcedure, createTRPCRouter } from "../trpc";

/**
 * The LRS admin screens. Admins keep credentials and read refusals (they hold keys and paths);
 * analysts (and admins) browse statements and ingest counts. Viewers see neither: a statement is
 * one person's record.
 */
export const lrsRouter = createTRPCRouter({
  credentials: adminProcedure
    .input(z.void())
    .output(z.array(ZLrsCredentialSchema))
    .query(({ ctx }) => lrs.listCredentials(ctx.db)),
  createCredential: adminProcedure
    .input(ZLrsCredentialCreateSchema)
    .output(ZLrsCredentialCreatedSchema)
    .mutation(({ ctx, input }) => lrs.createCredential(ctx.db, ctx.user, input)),
  revokeCredential: adminProcedure
    .input(ZLrsCredentialIdSchema)
    .output(ZLrsCredentialSchema)
    .mutation(({ ctx, input }) => lrs.revokeCredential(ctx.db, ctx.user, input.id)),
  credentialOptions: analystProcedure
    .input(z.void())
    .output(z.array(ZLrsCredentialOptionSchema))
    .query(({ ctx }) => lrs.listCredentialOptions(ctx.db)),
  statements: analystProcedure
    .input(ZLrsStatementFilterSchema)
    .output(ZLrsStatementPageSchema)
    .query(({ ctx, input }) => lrs.browseStatements(ctx.db, input)),
  // A mutation, not a query: reading a statement in full writes an audit entry.
  viewStatement: analystProcedure
    .input(ZLrsStatementIdSchema)
    .output(ZLrsStatementDetailSchema)
    .mutation(({ ctx, input }) => lrs.viewStatement(ctx.db, ctx.user, input.id)),
  ingest: analystProcedure
    .input(ZLrsIngestQuerySchema)
    .output(ZLrsIngestSchema)
    .query(({ ctx, input }) => lrs.ingestCounts(ctx.db, input)),
  rejections: adminProcedure
    .input(ZLrsRejectionFilterSchema)
    .output(ZLrsRejectionPageSchema)
    .query(({ ctx, input }) => lrs.listRejections(ctx.db, input)),
});
