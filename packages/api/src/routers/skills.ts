import {
  createSkill,
  deleteSkill,
  getSkill,
  listSkillCategories,
  listSkills,
  updateSkill,
} from "@xroi/core";
import {
  ZSkillCreateSchema,
  ZSkillIdSchema,
  ZSkillListInputSchema,
  ZSkillPageSchema,
  ZSkillSchema,
  ZSkillUpdateSchema,
} from "@xroi/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { adminProcedure, createTRPCRouter, viewerProcedure } from "../trpc";

export const skillsRouter = createTRPCRouter({
  list: viewerProcedure
    .input(ZSkillListInputSchema)
    .output(ZSkillPageSchema)
    .query(({ ctx, input }) => listSkills(ctx.db, input)),
  get: viewerProcedure
    .input(ZSkillIdSchema)
    .output(ZSkillSchema)
    .query(async ({ ctx, input }) => {
      const skill = await getSkill(ctx.db, input.id);
      if (!skill) throw new TRPCError({ code: "NOT_FOUND", message: "this skill does not exist" });
      return skill;
    }),
  categories: viewerProcedure
    .input(z.void())
    .output(z.array(z.string()))
    .query(({ ctx }) => listSkillCategories(ctx.db)),
  create: adminProcedure
    .input(ZSkillCreateSchema)
    .output(ZSkillSchema)
    .mutation(({ ctx, input }) => createSkill(ctx.db, ctx.user, input)),
  update: adminProcedure
    .input(ZSkillUpdateSchema)
    .output(ZSkillSchema)
    .mutation(({ ctx, input }) => updateSkill(ctx.db, ctx.user, input)),
  delete: adminProcedure
    .input(ZSkillIdSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteSkill(ctx.db, ctx.user, input.id)),
});
