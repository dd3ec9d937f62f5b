import { ZHealthCheckInputSchema, ZHealthCheckSchema } from "@xroi/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const healthRouter = createTRPCRouter({
  check: publicProcedure
    .input(ZHealthCheckInputSchema)
    .output(ZHealthCheckSchema)
    .query(async ({ ctx }) => {
      const database = await ctx.db.$queryRawUnsafe("SELECT 1").then(
        () => "up" as const,
        () => "down" as const,
      );
      return { ok: database === "up", database, time: new Date() };
    }),
});
