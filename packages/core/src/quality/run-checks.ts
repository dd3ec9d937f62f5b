import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@xroi/db";
import {
  QUALITY_CHECKS,
  type TQualityCheck,
  type TQualityRun,
  type TQualityRunResults,
  type TQualityTrigger,
} from "@xroi/validators";
import { recordAudit } from "../audit/record-audit";
import type { TActor } from "../db";
import { readIdentitySettings } from "../identity/settings";
import { CHECKS } from "./checks";
import { sqlOf } from "./sql";

/** The PostgreSQL advisory lock every run holds, so two processes never run the checks at once. */
export const QUALITY_LOCK_KEY = 72_011_002;
/** Examples kept per check. */
export const EXAMPLES_PER_CHECK = 5;
/** Runs older than this are deleted when a new one is stored. */
export const KEEP_RUNS_DAYS = 365;

export type TRunOptions = {
  trigger: TQualityTrigger;
  /** Who asked (manual runs), for the audit log. */
  actor?: TActor;
  /**
   * True (manual, CLI): wait for a run in progress elsewhere, then run. False (schedule): skip
   * when another process is running the checks.
   */
  wait?: boolean;
  /** Skip when a run started less than this long ago (the schedule across several processes). */
  skipIfRanWithinMs?: number;
  /** Only these checks (tests); the default is all of them. */
  checks?: readonly TQualityCheck[];
};

export type TRunOutcome =
  | { status: "ran"; run: TQualityRun; results: TQualityRunResults }
  | { status: "skipped"; reason: "busy" | "recent"; run: null };

/**
 * Runs the checks and stores the run in quality_runs (per check: count, examples, duration).
 * Everything happens in one transaction holding a transaction-level advisory lock, so two runs
 * never overlap, across processes on PostgreSQL; PGlite is one process with one connection, where
 * the transaction itself makes a second run wait.
 */
export async function runQualityChecks(
  db: PrismaClient,
  options: TRunOptions,
): Promise<TRunOutcome> {
  return db.$transaction(
    async (tx): Promise<TRunOutcome> => {
      const sql = sqlOf(tx);
      if (options.wait === false) {
        const [lock] = await sql.query<{ locked: boolean }>(
          `SELECT pg_try_advisory_xact_lock(${QUALITY_LOCK_KEY}) AS locked`,
        );
        if (!lock?.locked) return { status: "skipped", reason: "busy", run: null };
      } else {
        await tx.$executeRawUnsafe("SET LOCAL lock_timeout = '120s'");
        await sql.query(
          `SELECT 1 AS ok FROM (SELECT pg_advisory_xact_lock(${QUALITY_LOCK_KEY})) l`,
        );
      }
      if (options.skipIfRanWithinMs !== undefined) {
        const since = new Date(Date.now() - options.skipIfRanWithinMs);
        const recent = await tx.qualityRun.count({ where: { startedAt: { gt: since } } });
        if (recent > 0) return { status: "skipped", reason: "recent", run: null };
      }
      const settings = await readIdentitySettings(sql);
      const startedAt = new Date();
      const start = performance.now();
      const results: TQualityRunResults = {};
      for (const check of options.checks ?? QUALITY_CHECKS) {
        const t0 = performance.now();
        const output = await CHECKS[check]({ sql, settings, examples: EXAMPLES_PER_CHECK });
        results[check] = { ...output, durationMs: Math.round(performance.now() - t0) };
      }
      const run = await tx.qualityRun.create({
        data: {
          id: randomUUID(),
          startedAt,
          durationMs: Math.round(performance.now() - start),
          trigger: options.trigger,
          results,
        },
        select: { id: true, startedAt: true, durationMs: true, trigger: true },
      });
      await tx.qualityRun.deleteMany({
        where: { startedAt: { lt: new Date(startedAt.getTime() - KEEP_RUNS_DAYS * 86_400_000) } },
      });
      if (options.actor)
        await recordAudit(tx, {
          actor: options.actor,
          action: "quality.run",
          entityType: "quality_run",
          entityId: run.id,
          after: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.count])),
        });
      return {
        status: "ran",
        run: { ...run, trigger: options.trigger },
        results,
      };
    },
    // The lock wait (up to 120 s) and the checks (seconds at a million statements) both fit.
    { maxWait: 30_000, timeout: 600_000 },
  );
}
