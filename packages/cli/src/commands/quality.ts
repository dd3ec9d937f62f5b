import { identity, quality } from "@xroi/core";
import { isAboveThreshold, QUALITY_CHECKS, QUALITY_PATH } from "@xroi/validators";
import type { TOutput } from "../output";
import { withDatabase } from "./db";

/** Exit code when a check is above its threshold (1 is an error), for cron and monitoring. */
export const EXIT_ABOVE_THRESHOLD = 2;

/**
 * Runs the data-quality checks now (trigger "cli"; waits for a run in progress elsewhere),
 * stores the run like the page and the schedule do, and prints a table. Returns 2 when any check
 * is above its threshold, so a cron job or monitor can alert.
 */
export async function qualityRun(out: TOutput): Promise<number> {
  return withDatabase(async (db) => {
    const outcome = await quality.runQualityChecks(db.prisma, { trigger: "cli" });
    if (outcome.status !== "ran") throw new Error("the checks did not run");
    const thresholds = (await identity.readIdentitySettings(db.sql)).qualityThresholds;
    const rows = QUALITY_CHECKS.map((check) => {
      const count = outcome.results[check]?.count ?? 0;
      const threshold = thresholds[check] ?? null;
      const isAlert = isAboveThreshold(count, threshold);
      return { check, count, threshold, isAlert, ms: outcome.results[check]?.durationMs ?? 0 };
    });
    out.log(
      `Data-quality checks on ${db.engine} (${db.location}): ${rows.length} checks in ${outcome.run.durationMs} ms`,
    );
    const width = Math.max(...rows.map((r) => r.check.length));
    const line = (cells: string[]) =>
      `${cells[0]!.padEnd(width)}  ${cells[1]!.padStart(10)}  ${cells[2]!.padStart(9)}  ${cells[3]!.padEnd(6)}  ${cells[4]!.padStart(8)}`;
    out.log(line(["check", "count", "threshold", "status", "time"]));
    for (const r of rows)
      out.log(
        line([
          r.check,
          r.count.toLocaleString("en-US"),
          r.threshold === null ? "-" : r.threshold.toLocaleString("en-US"),
          r.isAlert ? "ALERT" : "ok",
          `${r.ms} ms`,
        ]),
      );
    const alerts = rows.filter((r) => r.isAlert);
    if (alerts.length === 0) {
      out.log("Every check is within its threshold.");
      return 0;
    }
    out.log(
      `${alerts.length} ${alerts.length === 1 ? "check is" : "checks are"} above ${alerts.length === 1 ? "its" : "their"} threshold: ${alerts
        .map((a) => a.check)
        .join(", ")}. Examples on the quality page (${QUALITY_PATH}).`,
    );
    return EXIT_ABOVE_THRESHOLD;
  });
}
