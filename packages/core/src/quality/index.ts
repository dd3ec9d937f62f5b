export { CHECKS } from "./checks";
export {
  runQualityChecks,
  QUALITY_LOCK_KEY,
  EXAMPLES_PER_CHECK,
  KEEP_RUNS_DAYS,
  type TRunOptions,
  type TRunOutcome,
} from "./run-checks";
export { qualityOverview, qualityAlerts, redactExample, TREND_RUNS } from "./overview";
export { setQualityThreshold } from "./thresholds";
export { startQualitySchedule, type TScheduleOptions } from "./schedule";
export { ambiguousActors } from "./claimed-twice";
export { sqlOf } from "./sql";
