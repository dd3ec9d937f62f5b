import { identity, people, quality } from "@xroi/core";
import { serverEnv } from "@xroi/db";
import { getServices } from "./services";

/**
 * Opens the database and applies migrations at start-up, so a database the code cannot run on (a
 * newer or failed migration) stops the server with a clear message instead of failing requests.
 * Then starts the data-quality schedule.
 */
export async function openDatabaseOrExit(): Promise<void> {
  try {
    const { db } = await getServices();
    console.log(`xroi: database ready (${db.engine}, ${db.location})`);
  } catch (error) {
    console.error(`xroi cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  startQualitySchedule();
}

const holder = globalThis as unknown as { __xroiQualitySchedule?: { stop(): void } };

/**
 * The data-quality checks every XROI_QUALITY_INTERVAL_MINUTES (docs/quality.md), after
 * re-resolving every stored actor (a safety net: mapping changes resolve the actors they touch at
 * once, but an actor ingested at the same moment as its mapping can slip between). A scheduled run
 * never waits: while another process runs the checks, or when one ran within half the interval
 * (several web processes share one schedule that way), it is skipped. A run that ran also looks
 * for review-queue candidates (never merging anyone).
 */
function startQualitySchedule(): void {
  const minutes = serverEnv().XROI_QUALITY_INTERVAL_MINUTES;
  if (minutes === 0 || holder.__xroiQualitySchedule) return;
  holder.__xroiQualitySchedule = quality.startQualitySchedule({
    intervalMinutes: minutes,
    run: async () => {
      const { db } = await getServices();
      // First a sweep over every actor: one whose mapping arrived while it was being ingested, and
      // one an earlier rule now matches through another person's new ID (writes re-resolve only
      // the people they touch and the unresolved). About 3 s per 100,000 actors (benchmarks.md).
      await identity.resolveStoredActors(db.sql, { scope: "all" });
      const outcome = await quality.runQualityChecks(db.prisma, {
        trigger: "schedule",
        wait: false,
        skipIfRanWithinMs: (minutes * 60_000) / 2,
      });
      // The review queue follows the data: new near-duplicates wait there for a person to decide.
      if (outcome.status === "ran") await people.findCandidates(db.prisma, null);
      return outcome;
    },
  });
  console.log(`xroi: data-quality checks every ${minutes} minutes`);
}
