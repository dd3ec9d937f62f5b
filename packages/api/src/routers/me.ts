import { ZRoleSchema } from "@xroi/validators";
import { z } from "zod";
import { createTRPCRouter, viewerProcedure } from "../trpc";

export const meRouter = createTRPCRouter({
  get: viewerProcedure
    .input(z.void())
    .output(z.object({ id: z.string(), email: z.string(), name: z.string(), role: ZRoleSchema }))
    .query(({ ctx }) => ctx.user),
});
