import { auditHistory, taxonomy } from "@xroi/core";
import {
  TAG_VOCABULARIES,
  ZAssetFieldsSchema,
  ZAssetListInputSchema,
  ZAssetPageSchema,
  ZAssetSchema,
  ZAssetUpdateSchema,
  ZAuditEntrySchema,
  ZBulkTagSchema,
  ZCoverageSchema,
  ZJobRoleFieldsSchema,
  ZJobRoleUpdateSchema,
  ZRoleMatrixSchema,
  ZRoleSkillSetSchema,
  ZTagDeleteSchema,
  ZTagFieldsSchema,
  ZTagMergeSchema,
  ZTagRenameSchema,
  ZTagSchema,
  ZTagUsageSchema,
} from "@xroi/validators";
import { z } from "zod";
import { adminProcedure, createTRPCRouter, viewerProcedure } from "../trpc";

const ZId = z.object({ id: z.string() });
const ZIdInput = (what: string) => z.object({ id: z.uuid(`must be ${what} id`) });
const AUDITED = ["skill_framework", "skill", "job_role", "learning_asset", "tag"] as const;

/** Roles, learning assets and their tags: admins change them, everyone signed in reads them. */
export const taxonomyRouter = createTRPCRouter({
  roleMatrix: viewerProcedure
    .input(z.void())
    .output(ZRoleMatrixSchema)
    .query(({ ctx }) => taxonomy.roleMatrix(ctx.db)),
  createRole: adminProcedure
    .input(ZJobRoleFieldsSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => taxonomy.createJobRole(ctx.db, ctx.user, input)),
  updateRole: adminProcedure
    .input(ZJobRoleUpdateSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => taxonomy.updateJobRole(ctx.db, ctx.user, input)),
  deleteRole: adminProcedure
    .input(ZIdInput("a role"))
    .output(ZId)
    .mutation(({ ctx, input }) => taxonomy.deleteJobRole(ctx.db, ctx.user, input.id)),
  setRoleSkill: adminProcedure
    .input(ZRoleSkillSetSchema)
    .output(z.void())
    .mutation(({ ctx, input }) => taxonomy.setRoleSkill(ctx.db, ctx.user, input)),
  removeRoleSkill: adminProcedure
    .input(z.object({ roleId: z.uuid("must be a role id"), skillId: z.uuid("must be a skill id") }))
    .output(z.void())
    .mutation(({ ctx, input }) => taxonomy.removeRoleSkill(ctx.db, ctx.user, input)),

  assets: viewerProcedure
    .input(ZAssetListInputSchema)
    .output(ZAssetPageSchema)
    .query(({ ctx, input }) => taxonomy.listAssets(ctx.db, input)),
  createAsset: adminProcedure
    .input(ZAssetFieldsSchema)
    .output(ZAssetSchema)
    .mutation(({ ctx, input }) => taxonomy.createAsset(ctx.db, ctx.user, input)),
  updateAsset: adminProcedure
    .input(ZAssetUpdateSchema)
    .output(ZAssetSchema)
    .mutation(({ ctx, input }) => taxonomy.updateAsset(ctx.db, ctx.user, input)),
  deleteAsset: adminProcedure
    .input(ZIdInput("an asset"))
    .output(ZId)
    .mutation(({ ctx, input }) => taxonomy.deleteAsset(ctx.db, ctx.user, input.id)),
  bulkTag: adminProcedure
    .input(ZBulkTagSchema)
    .output(z.object({ assets: z.number().int() }))
    .mutation(({ ctx, input }) => taxonomy.bulkTagAssets(ctx.db, ctx.user, input)),

  tags: viewerProcedure
    .input(z.object({ vocabulary: z.enum(TAG_VOCABULARIES).optional() }))
    .output(z.array(ZTagSchema))
    .query(({ ctx, input }) => taxonomy.listTags(ctx.db, input.vocabulary)),
  createTag: adminProcedure
    .input(ZTagFieldsSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => taxonomy.createTag(ctx.db, ctx.user, input)),
  renameTag: adminProcedure
    .input(ZTagRenameSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => taxonomy.renameTag(ctx.db, ctx.user, input)),
  mergeTags: adminProcedure
    .input(ZTagMergeSchema)
    .output(z.object({ moved: z.number().int() }))
    .mutation(({ ctx, input }) => taxonomy.mergeTags(ctx.db, ctx.user, input)),
  tagUsage: viewerProcedure
    .input(ZIdInput("a tag"))
    .output(ZTagUsageSchema)
    .query(({ ctx, input }) => taxonomy.tagUsage(ctx.db, input.id)),
  deleteTag: adminProcedure
    .input(ZTagDeleteSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => taxonomy.deleteTag(ctx.db, ctx.user, input)),

  coverage: viewerProcedure
    .input(z.void())
    .output(ZCoverageSchema)
    .query(({ ctx }) => taxonomy.coverageReport(ctx.db)),
  history: viewerProcedure
    .input(
      z.object({
        entityType: z.enum(AUDITED, { error: `must be one of ${AUDITED.join(", ")}` }),
        entityId: z.string().min(1, "is required").max(100),
      }),
    )
    .output(z.array(ZAuditEntrySchema))
    .query(({ ctx, input }) => auditHistory(ctx.db, input.entityType, input.entityId)),
});
