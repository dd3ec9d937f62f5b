import { ZLrsFiguresInputSchema, type TLrsFigures } from "@xroi/validators";
import type { z } from "zod";
import type { TDb } from "../db";
import { programOrThrow } from "./programs";

/** ISO 8601 duration (xAPI result.duration) to seconds; null for anything else. */
const DURATION_SECONDS = `(SELECT coalesce(m[1]::numeric, 0) * 31556952 + coalesce(m[2]::numeric, 0) * 2629746
          + coalesce(m[3]::numeric, 0) * 604800 + coalesce(m[4]::numeric, 0) * 86400
          + coalesce(m[5]::numeric, 0) * 3600 + coalesce(m[6]::numeric, 0) * 60 + coalesce(m[7]::numeric, 0)
     FROM regexp_match(s.statement -> 'result' ->> 'duration',
       '^P(?:([0-9.]+)Y)?(?:([0-9.]+)M)?(?:([0-9.]+)W)?(?:([0-9.]+)D)?(?:T(?:([0-9.]+)H)?(?:([0-9.]+)M)?(?:([0-9.]+)S)?)?$') m)`;

/**
 * What the LRS says about each learning asset over a window, for allocations by learner count or
 * learner-hours: distinct learners (actors), learner-hours (the sum of result.duration), and
 * completions (completed or passed, or result.completion true). Statements reach an asset through
 * its xAPI activity ids; voided ones do not count; the window is on when the learning happened
 * (the statement's timestamp), the program's period unless given.
 */
export async function lrsFigures(
  db: TDb,
  raw: z.input<typeof ZLrsFiguresInputSchema>,
): Promise<TLrsFigures> {
  const input = ZLrsFiguresInputSchema.parse(raw);
  const program = await programOrThrow(db, input.programId);
  const window = input.window ?? {
    from: program.startsOn.toISOString().slice(0, 10),
    to: program.endsOn.toISOString().slice(0, 10),
  };
  const rows = await db.$queryRawUnsafe<
    {
      assetId: string;
      learners: number;
      seconds: string | null;
      completions: number;
      statements: number;
    }[]
  >(
    `SELECT aa.asset_id::text AS "assetId",
            count(DISTINCT s.actor_ifi)::int AS learners,
            sum(${DURATION_SECONDS})::text AS seconds,
            count(*) FILTER (WHERE s.verb_id IN ('http://adlnet.gov/expapi/verbs/completed', 'http://adlnet.gov/expapi/verbs/passed')
                               OR s.statement -> 'result' ->> 'completion' = 'true')::int AS completions,
            count(*)::int AS statements
       FROM asset_activities aa
       JOIN lrs_statements s ON s.activity_id = aa.activity_id
      WHERE aa.asset_id = ANY($1::uuid[]) AND NOT s.voided
        AND s.timestamp >= $2::date AND s.timestamp < $3::date + 1
      GROUP BY aa.asset_id`,
    input.assetIds,
    window.from,
    window.to,
  );
  const byAsset = new Map(rows.map((r) => [r.assetId, r]));
  return {
    window,
    assets: input.assetIds.map((assetId) => {
      const r = byAsset.get(assetId);
      const hours = r?.seconds ? Number(r.seconds) / 3600 : 0;
      return {
        assetId,
        learners: r?.learners ?? 0,
        learnerHours: hours.toFixed(2),
        completions: r?.completions ?? 0,
        statements: r?.statements ?? 0,
      };
    }),
  };
}
