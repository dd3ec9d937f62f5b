import { z } from "zod";
import { QUALITY_CHECKS, type TQualityCheck } from "./identity";
import type { TRole } from "./roles";

/** The data-quality checks (core/src/quality; definitions in docs/quality.md). */

/** Where the quality page lives: under People and IDs. */
export const QUALITY_PATH = "/people/quality";

/** Who sees the quality page: counts, trends and the examples their role may see. */
export const QUALITY_VIEW_ROLES: readonly TRole[] = ["analyst", "privacy_lead", "admin"];

export function canViewQuality(role: TRole): boolean {
  return QUALITY_VIEW_ROLES.includes(role);
}

/**
 * Who sees people's identifiers (e-mail addresses, names, actor IFIs) in the examples: the roles
 * that keep the ID mappings (admins) and answer erasure and access requests (privacy leads).
 * Analysts see counts, trends and statement ids, never whom they belong to.
 */
export function canSeePeopleIdentifiers(role: TRole): boolean {
  return role === "admin" || role === "privacy_lead";
}

export const QUALITY_TRIGGERS = ["manual", "schedule", "cli"] as const;
export type TQualityTrigger = (typeof QUALITY_TRIGGERS)[number];

/** People-area addresses the examples link to; one place to change if those screens move. */
export const PEOPLE_PATHS = {
  list: "/people",
  search: (text: string) => `/people?q=${encodeURIComponent(text)}`,
  person: (id: string) => `/people/${id}`,
  review: "/people/review",
  import: "/people/import",
} as const;

export type TQualityCheckInfo = {
  label: string;
  /** What the count counts, e.g. "statements". */
  unit: string;
  description: string;
  fix: { path: string; label: string };
};

export const QUALITY_CHECK_INFO: Record<TQualityCheck, TQualityCheckInfo> = {
  unmapped_actors: {
    label: "Statements from unmapped actors",
    unit: "statements",
    description:
      "Statements whose actor resolves to no person, so reports cannot count them for anyone.",
    fix: { path: PEOPLE_PATHS.import, label: "Import ID mappings" },
  },
  people_without_crm_id: {
    label: "People without a CRM ID",
    unit: "people",
    description:
      "Active people outside the organisation itself with no CRM contact or account ID: their outcomes cannot be joined.",
    fix: { path: PEOPLE_PATHS.list, label: "Open People" },
  },
  duplicate_people: {
    label: "Possible duplicate people",
    unit: "groups",
    description:
      "Two or more active people who share an e-mail address or the same ID in two systems.",
    fix: { path: PEOPLE_PATHS.review, label: "Open the review queue" },
  },
  identifiers_claimed_twice: {
    label: "IDs claimed by two people",
    unit: "IDs",
    description:
      "xAPI actors the rules match to two people, and ID values held by two people in different systems.",
    fix: { path: PEOPLE_PATHS.review, label: "Open the review queue" },
  },
  out_of_range_scores: {
    label: "Scores out of range",
    unit: "statements",
    description:
      "Statements whose score is outside its range: scaled outside -1..1, raw outside min..max, or min above max.",
    fix: { path: "/lrs", label: "Open LRS statements" },
  },
  implausible_timestamps: {
    label: "Implausible timestamps",
    unit: "statements",
    description:
      "Statements dated more than 5 minutes after the LRS stored them, before the program they belong to starts, or before 2000.",
    fix: { path: "/lrs", label: "Open LRS statements" },
  },
};

/**
 * One example row. Personal data (names, e-mail addresses, actor IFIs) is only ever in `label`,
 * and only when `isPersonal`; `detail` says what is wrong without naming anyone.
 */
export const ZQualityExampleSchema = z.object({
  label: z.string(),
  detail: z.string(),
  count: z.number().int().nullable(),
  fixPath: z.string().nullable(),
  fixLabel: z.string().nullable(),
  isPersonal: z.boolean(),
});
export type TQualityExample = z.infer<typeof ZQualityExampleSchema>;

/** What a check found: its count, a few examples, and figures that explain the count. */
export const ZQualityCheckResultSchema = z.object({
  count: z.number().int().min(0),
  durationMs: z.number().int().min(0),
  examples: z.array(ZQualityExampleSchema),
  /** E.g. distinct actors behind the statements; shown beside the count. */
  facts: z.record(z.string(), z.number()),
});
export type TQualityCheckResult = z.infer<typeof ZQualityCheckResultSchema>;

/** quality_runs.results: one entry per check that ran. */
export const ZQualityRunResultsSchema = z.partialRecord(
  z.enum(QUALITY_CHECKS),
  ZQualityCheckResultSchema,
);
export type TQualityRunResults = z.infer<typeof ZQualityRunResultsSchema>;

export const ZQualityRunSchema = z.object({
  id: z.string(),
  startedAt: z.date(),
  durationMs: z.number().int(),
  trigger: z.enum(QUALITY_TRIGGERS),
});
export type TQualityRun = z.infer<typeof ZQualityRunSchema>;

export const ZQualityTrendPointSchema = z.object({
  startedAt: z.date(),
  count: z.number().int().nullable(),
});

export const ZQualityCheckViewSchema = z.object({
  check: z.enum(QUALITY_CHECKS),
  label: z.string(),
  unit: z.string(),
  description: z.string(),
  fix: z.object({ path: z.string(), label: z.string() }),
  /** Null before the first run. */
  count: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  facts: z.record(z.string(), z.number()),
  examples: z.array(ZQualityExampleSchema),
  /** Null: this check never raises an alert. */
  threshold: z.number().int().nullable(),
  isAlert: z.boolean(),
  /** The last 30 runs, oldest first. */
  trend: z.array(ZQualityTrendPointSchema),
});
export type TQualityCheckView = z.infer<typeof ZQualityCheckViewSchema>;

export const ZQualityOverviewSchema = z.object({
  latestRun: ZQualityRunSchema.nullable(),
  checks: z.array(ZQualityCheckViewSchema),
  /** False: personal example labels were replaced for this role. */
  canSeeIdentifiers: z.boolean(),
});
export type TQualityOverview = z.infer<typeof ZQualityOverviewSchema>;

export const ZQualityAlertSchema = z.object({
  check: z.enum(QUALITY_CHECKS),
  label: z.string(),
  unit: z.string(),
  count: z.number().int(),
  threshold: z.number().int(),
});
export type TQualityAlert = z.infer<typeof ZQualityAlertSchema>;

export const ZQualityAlertsSchema = z.object({
  latestRunAt: z.date().nullable(),
  alerts: z.array(ZQualityAlertSchema),
});
export type TQualityAlerts = z.infer<typeof ZQualityAlertsSchema>;

export const ZQualityThresholdInputSchema = z.object({
  check: z.enum(QUALITY_CHECKS),
  /** Null: never alert for this check. */
  threshold: z
    .number({ error: "must be a whole number, 0 or more" })
    .int("must be a whole number, 0 or more")
    .min(0, "must be a whole number, 0 or more")
    .max(1_000_000_000, "must be at most 1,000,000,000")
    .nullable(),
});
export type TQualityThresholdInput = z.infer<typeof ZQualityThresholdInputSchema>;

export const ZQualityRunOutcomeSchema = z.object({
  /** "skipped": another run held the lock (or ran moments ago) and this one did not wait. */
  status: z.enum(["ran", "skipped"]),
  run: ZQualityRunSchema.nullable(),
});
export type TQualityRunOutcome = z.infer<typeof ZQualityRunOutcomeSchema>;

/** A check alerts when its count is above its threshold; a check without one never alerts. */
export function isAboveThreshold(count: number | null, threshold: number | null | undefined) {
  return count !== null && threshold !== null && threshold !== undefined && count > threshold;
}
