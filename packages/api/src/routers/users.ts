import { createUser, listUsers, setUserActive, setUserRole } from "@xroi/core";
import {
  ZUserCreateSchema,
  ZUserSchema,
  ZUserSetActiveSchema,
  ZUserSetRoleSchema,
} from "@xroi/validators";
import { z } from "zod";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const usersRouter = createTRPCRouter({
  list: adminProcedure
    .input(z.void())
    .output(z.array(ZUserSchema))
    .query(({ ctx }) => listUsers(ctx.db)),
  create: adminProcedure
    .input(ZUserCreateSchema)
    .output(ZUserSchema)
    .mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input)),
  setRole: adminProcedure
    .input(ZUserSetRoleSchema)
    .output(ZUserSchema)
    .mutation(({ ctx, input }) => setUserRole(ctx.db, ctx.user, input)),
  setActive: adminProcedure
    .input(ZUserSetActiveSchema)
    .output(ZUserSchema)
    .mutation(({ ctx, input }) => setUserActive(ctx.db, ctx.user, input)),
});
