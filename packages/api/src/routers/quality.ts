import { TRPCError } from "@trpc/server";
import { quality } from "@xroi/core";
import {
  canSeePeopleIdentifiers,
  canViewQuality,
  ROLE_LABELS,
  ZQualityAlertsSchema,
  ZQualityOverviewSchema,
  ZQualityRunOutcomeSchema,
  ZQualityThresholdInputSchema,
} from "@xroi/validators";
import { z } from "zod";
import { adminProcedure, createTRPCRouter, viewerProcedure } from "../trpc";

/** Analysts, privacy leads and admins: the checks describe the data they work with. */
const qualityViewerProcedure = viewerProcedure.use(({ ctx, next }) => {
  if (!canViewQuality(ctx.user.role))
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `The data-quality checks are for analysts, privacy leads and admins; you are signed in as ${ROLE_LABELS[ctx.user.role]}.`,
    });
  return next();
});

/**
 * Data-quality checks (docs/quality.md). Analysts, privacy leads and admins see the counts,
 * trends and alerts; names and IDs in the examples only admins and privacy leads. Admins run the
 * checks on demand and set the alert thresholds.
 */
export const qualityRouter = createTRPCRouter({
  overview: qualityViewerProcedure
    .input(z.void())
    .output(ZQualityOverviewSchema)
    .query(({ ctx }) =>
      quality.qualityOverview(ctx.db, {
        canSeeIdentifiers: canSeePeopleIdentifiers(ctx.user.role),
      }),
    ),
  alerts: qualityViewerProcedure
    .input(z.void())
    .output(ZQualityAlertsSchema)
    .query(({ ctx }) => quality.qualityAlerts(ctx.db)),
  run: adminProcedure
    .input(z.void())
    .output(ZQualityRunOutcomeSchema)
    .mutation(async ({ ctx }) => {
      const outcome = await quality.runQualityChecks(ctx.db, {
        trigger: "manual",
        actor: ctx.user,
      });
      return { status: outcome.status, run: outcome.run };
    }),
  setThreshold: adminProcedure
    .input(ZQualityThresholdInputSchema)
    .output(ZQualityThresholdInputSchema)
    .mutation(({ ctx, input }) => quality.setQualityThreshold(ctx.db, ctx.user, input)),
});
