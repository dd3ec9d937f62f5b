import { people } from "@xroi/core";
import {
  ZCandidateListInputSchema,
  ZCandidateListSchema,
  ZCandidateRefSchema,
  ZFindCandidatesResultSchema,
  ZIdentifierAddSchema,
  ZIdentifierRefSchema,
  ZIdentifierVerifySchema,
  ZMatchSettingsResultSchema,
  ZMatchSettingsSchema,
  ZMergeInputSchema,
  ZMergePreviewInputSchema,
  ZMergePreviewSchema,
  ZMergeRefSchema,
  ZMergeResultSchema,
  ZOrganizationsSchema,
  ZPeopleSearchInputSchema,
  ZPeopleSearchResultSchema,
  ZPersonCreateSchema,
  ZPersonDetailSchema,
  ZPersonGetInputSchema,
  ZPersonHistoryEntrySchema,
  ZPersonUpdateSchema,
  ZSplitInputSchema,
  ZSplitResultSchema,
} from "@xroi/validators";
import { z } from "zod";
import { adminProcedure, createTRPCRouter, privacyLeadProcedure } from "../trpc";

const ZId = z.object({ id: z.string() });
const ZChanged = z.object({ id: z.string(), changedActors: z.number().int() });

/**
 * People and their IDs (docs/identity.md). Names and IDs are personal data: privacy leads and
 * admins read them; every change is an admin's. Logic in core/src/people.
 */
export const peopleRouter = createTRPCRouter({
  search: privacyLeadProcedure
    .input(ZPeopleSearchInputSchema)
    .output(ZPeopleSearchResultSchema)
    .query(({ ctx, input }) => people.searchPeople(ctx.db, input)),
  get: privacyLeadProcedure
    .input(ZPersonGetInputSchema)
    .output(ZPersonDetailSchema)
    .query(({ ctx, input }) => people.getPerson(ctx.db, input.id)),
  history: privacyLeadProcedure
    .input(ZPersonGetInputSchema)
    .output(z.array(ZPersonHistoryEntrySchema))
    .query(({ ctx, input }) => people.personHistory(ctx.db, input.id)),
  organizations: privacyLeadProcedure
    .input(z.void())
    .output(ZOrganizationsSchema)
    .query(({ ctx }) => people.listOrganizations(ctx.db)),
  create: adminProcedure
    .input(ZPersonCreateSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => people.createPerson(ctx.db, ctx.user, input)),
  update: adminProcedure
    .input(ZPersonUpdateSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => people.updatePerson(ctx.db, ctx.user, input)),
  addIdentifier: adminProcedure
    .input(ZIdentifierAddSchema)
    .output(ZChanged)
    .mutation(({ ctx, input }) => people.addIdentifier(ctx.db, ctx.user, input)),
  removeIdentifier: adminProcedure
    .input(ZIdentifierRefSchema)
    .output(ZChanged)
    .mutation(({ ctx, input }) => people.removeIdentifier(ctx.db, ctx.user, input)),
  verifyIdentifier: adminProcedure
    .input(ZIdentifierVerifySchema)
    .output(z.object({ id: z.string(), verified: z.boolean() }))
    .mutation(({ ctx, input }) => people.verifyIdentifier(ctx.db, ctx.user, input)),
  mergePreview: privacyLeadProcedure
    .input(ZMergePreviewInputSchema)
    .output(ZMergePreviewSchema)
    .query(({ ctx, input }) => people.previewMerge(ctx.db, input)),
  merge: adminProcedure
    .input(ZMergeInputSchema)
    .output(ZMergeResultSchema)
    .mutation(({ ctx, input }) => people.mergePeople(ctx.db, ctx.user, input)),
  undoMerge: adminProcedure
    .input(ZMergeRefSchema)
    .output(z.object({ mergeId: z.string(), restoredPersonId: z.string() }))
    .mutation(({ ctx, input }) => people.undoMerge(ctx.db, ctx.user, input)),
  split: adminProcedure
    .input(ZSplitInputSchema)
    .output(ZSplitResultSchema)
    .mutation(({ ctx, input }) => people.splitPerson(ctx.db, ctx.user, input)),
  candidates: privacyLeadProcedure
    .input(ZCandidateListInputSchema)
    .output(ZCandidateListSchema)
    .query(({ ctx, input }) => people.listCandidates(ctx.db, input)),
  findCandidates: adminProcedure
    .input(z.void())
    .output(ZFindCandidatesResultSchema)
    .mutation(({ ctx }) => people.findCandidates(ctx.db, ctx.user)),
  dismissCandidate: adminProcedure
    .input(ZCandidateRefSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => people.dismissCandidate(ctx.db, ctx.user, input)),
  matchSettings: adminProcedure
    .input(z.void())
    .output(ZMatchSettingsSchema)
    .query(({ ctx }) => people.getMatchSettings(ctx.db)),
  updateMatchSettings: adminProcedure
    .input(ZMatchSettingsSchema)
    .output(ZMatchSettingsResultSchema)
    .mutation(({ ctx, input }) => people.updateMatchSettings(ctx.db, ctx.user, input)),
});
