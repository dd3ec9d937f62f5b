import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const healthRouter = createTRPCRouter({
  check: publicProcedure
    .input(z.void())
    .output(z.object({ ok: z.boolean(), database: z.enum(["up", "down"]), time: z.date() }))
    .query(async ({ ctx }) => {
      const database = await ctx.db.$queryRawUnsafe("SELECT 1").then(
        () => "up" as const,
        () => "down" as const,
      );
      return { ok: database === "up", database, time: new Date() };
    }),
});
