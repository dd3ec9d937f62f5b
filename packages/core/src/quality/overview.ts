import {
  isAboveThreshold,
  QUALITY_CHECK_INFO,
  QUALITY_CHECKS,
  QUALITY_TRIGGERS,
  ZQualityRunResultsSchema,
  type TQualityAlerts,
  type TQualityCheck,
  type TQualityExample,
  type TQualityOverview,
  type TQualityRun,
  type TQualityTrigger,
} from "@xroi/validators";
import type { TDb } from "../db";
import { readIdentitySettings } from "../identity/settings";
import { sqlOf } from "./sql";

/** Runs the trend shows. */
export const TREND_RUNS = 30;

const toTrigger = (t: string): TQualityTrigger =>
  (QUALITY_TRIGGERS as readonly string[]).includes(t) ? (t as TQualityTrigger) : "manual";

/** What a role without access to people sees instead of a personal example's label. */
export function redactExample(example: TQualityExample): TQualityExample {
  if (!example.isPersonal) return example;
  return {
    ...example,
    label: "Name or ID hidden",
    fixPath: null,
    fixLabel: null,
  };
}

async function latestRun(db: TDb) {
  const row = await db.qualityRun.findFirst({ orderBy: { startedAt: "desc" } });
  if (!row) return null;
  const parsed = ZQualityRunResultsSchema.safeParse(row.results);
  const run: TQualityRun = {
    id: row.id,
    startedAt: row.startedAt,
    durationMs: row.durationMs,
    trigger: toTrigger(row.trigger),
  };
  return { run, results: parsed.success ? parsed.data : {} };
}

async function thresholds(db: TDb): Promise<Partial<Record<TQualityCheck, number>>> {
  return (await readIdentitySettings(sqlOf(db))).qualityThresholds;
}

/**
 * The quality page: per check the latest count, examples, threshold and alert, and the counts of
 * the last 30 runs. Personal examples are redacted unless `canSeeIdentifiers`.
 */
export async function qualityOverview(
  db: TDb,
  options: { canSeeIdentifiers: boolean },
): Promise<TQualityOverview> {
  const [latest, limits, trendRows] = await Promise.all([
    latestRun(db),
    thresholds(db),
    // Only the counts leave the database, not 30 runs' examples.
    db.$queryRawUnsafe<{ started_at: Date; counts: Record<string, number | null> | null }[]>(
      `SELECT started_at,
              (SELECT jsonb_object_agg(key, value -> 'count') FROM jsonb_each(results)) AS counts
         FROM quality_runs ORDER BY started_at DESC LIMIT ${TREND_RUNS}`,
    ),
  ]);
  const trend = [...trendRows].reverse();
  return {
    latestRun: latest?.run ?? null,
    canSeeIdentifiers: options.canSeeIdentifiers,
    checks: QUALITY_CHECKS.map((check) => {
      const result = latest?.results[check];
      const threshold = limits[check] ?? null;
      const count = result?.count ?? null;
      const examples = result?.examples ?? [];
      return {
        check,
        ...QUALITY_CHECK_INFO[check],
        count,
        durationMs: result?.durationMs ?? null,
        facts: result?.facts ?? {},
        examples: options.canSeeIdentifiers ? examples : examples.map(redactExample),
        threshold,
        isAlert: isAboveThreshold(count, threshold),
        trend: trend.map((r) => {
          const n = r.counts?.[check];
          return { startedAt: r.started_at, count: typeof n === "number" ? n : null };
        }),
      };
    }),
  };
}

/** The checks whose latest count is above their threshold, for the home dashboard and the CLI. */
export async function qualityAlerts(db: TDb): Promise<TQualityAlerts> {
  const [latest, limits] = await Promise.all([latestRun(db), thresholds(db)]);
  if (!latest) return { latestRunAt: null, alerts: [] };
  return {
    latestRunAt: latest.run.startedAt,
    alerts: QUALITY_CHECKS.flatMap((check) => {
      const count = latest.results[check]?.count ?? null;
      const threshold = limits[check];
      if (count === null || threshold === undefined || !isAboveThreshold(count, threshold))
        return [];
      const { label, unit } = QUALITY_CHECK_INFO[check];
      return [{ check, label, unit, count, threshold }];
    }),
  };
}
