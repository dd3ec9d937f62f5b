import { skills } from "@xroi/core";
import {
  ZFrameworkExportResultSchema,
  ZFrameworkExportSchema,
  ZFrameworkImportPreviewSchema,
  ZFrameworkImportResultSchema,
  ZFrameworkImportSchema,
  ZImportProgressSchema,
  ZFrameworkCreateSchema,
  ZFrameworkSchema,
  ZFrameworkUpdateSchema,
  ZFrameworkVersionSchema,
  ZSkillCreateSchema,
  ZSkillDeleteSchema,
  ZSkillDetailSchema,
  ZSkillIdSchema,
  ZSkillListInputSchema,
  ZSkillPageSchema,
  ZSkillUpdateSchema,
  ZSkillUsageSchema,
} from "@xroi/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { adminProcedure, createTRPCRouter, viewerProcedure } from "../trpc";

const ZId = z.object({ id: z.string() });

/** The skill map: admins keep it, everyone signed in reads it. */
export const skillsRouter = createTRPCRouter({
  frameworks: viewerProcedure
    .input(z.void())
    .output(z.array(ZFrameworkSchema))
    .query(({ ctx }) => skills.listFrameworks(ctx.db)),
  createFramework: adminProcedure
    .input(ZFrameworkCreateSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => skills.createFramework(ctx.db, ctx.user, input)),
  updateFramework: adminProcedure
    .input(ZFrameworkUpdateSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => skills.updateFramework(ctx.db, ctx.user, input)),
  frameworkVersions: viewerProcedure
    .input(z.object({ frameworkId: z.uuid("must be a framework id") }))
    .output(z.array(ZFrameworkVersionSchema))
    .query(({ ctx, input }) => skills.listFrameworkVersions(ctx.db, input.frameworkId)),
  list: viewerProcedure
    .input(ZSkillListInputSchema)
    .output(ZSkillPageSchema)
    .query(({ ctx, input }) => skills.listSkills(ctx.db, input)),
  get: viewerProcedure
    .input(ZSkillIdSchema)
    .output(ZSkillDetailSchema)
    .query(async ({ ctx, input }) => {
      const skill = await skills.getSkill(ctx.db, input.id);
      if (!skill) throw new TRPCError({ code: "NOT_FOUND", message: "this skill does not exist" });
      return skill;
    }),
  usage: viewerProcedure
    .input(ZSkillIdSchema)
    .output(ZSkillUsageSchema)
    .query(({ ctx, input }) => skills.skillUsage(ctx.db, input.id)),
  create: adminProcedure
    .input(ZSkillCreateSchema)
    .output(ZSkillDetailSchema)
    .mutation(({ ctx, input }) => skills.createSkill(ctx.db, ctx.user, input)),
  update: adminProcedure
    .input(ZSkillUpdateSchema)
    .output(ZSkillDetailSchema)
    .mutation(({ ctx, input }) => skills.updateSkill(ctx.db, ctx.user, input)),
  delete: adminProcedure
    .input(ZSkillDeleteSchema)
    .output(ZId)
    .mutation(({ ctx, input }) => skills.deleteSkill(ctx.db, ctx.user, input)),
  previewImport: adminProcedure
    .input(ZFrameworkImportSchema)
    .output(ZFrameworkImportPreviewSchema)
    .mutation(({ ctx, input }) =>
      skills.previewFrameworkImport(
        ctx.db,
        input,
        skills.progressReporter(input.progressId, ctx.user.id),
      ),
    ),
  applyImport: adminProcedure
    .input(ZFrameworkImportSchema)
    .output(ZFrameworkImportResultSchema)
    .mutation(({ ctx, input }) =>
      skills.applyFrameworkImport(
        ctx.db,
        ctx.user,
        input,
        skills.progressReporter(input.progressId, ctx.user.id),
      ),
    ),
  /**
   * The phases of the caller's imports that carry this progress id, as they happen. A stream has
   * no .output(): each value is checked against its schema as it is sent.
   */
  importProgress: adminProcedure
    .input(z.object({ progressId: z.uuid("must be a progress id") }))
    .subscription(({ ctx, input, signal }) => {
      const progress = skills.watchImportProgress(input.progressId, ctx.user.id, signal);
      return (async function* () {
        for await (const p of progress) yield ZImportProgressSchema.parse(p);
      })();
    }),
  exportFramework: viewerProcedure
    .input(ZFrameworkExportSchema)
    .output(ZFrameworkExportResultSchema)
    .query(({ ctx, input }) => skills.exportFramework(ctx.db, input)),
});
