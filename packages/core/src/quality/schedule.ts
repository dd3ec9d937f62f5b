import type { TRunOutcome } from "./run-checks";

export type TScheduleOptions = {
  /** Minutes between runs; 0 or less starts nothing. */
  intervalMinutes: number;
  run: () => Promise<TRunOutcome>;
  /** The first run's delay: soon after start-up, not during it. Default 1 minute (or the interval, if shorter). */
  firstDelayMs?: number;
  log?: (line: string) => void;
};

/**
 * Runs the checks every `intervalMinutes` inside the server process. Each run is scheduled when
 * the previous one ends, so a slow run never overlaps the next; a failure is logged and the
 * schedule goes on. The timers do not keep the process alive. Returns stop().
 */
export function startQualitySchedule(options: TScheduleOptions): { stop(): void } {
  const intervalMs = options.intervalMinutes * 60_000;
  const log = options.log ?? ((line: string) => console.log(line));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isStopped = false;
  if (intervalMs <= 0) return { stop() {} };
  const tick = async () => {
    try {
      const outcome = await options.run();
      if (outcome.status === "ran")
        log(`xroi: data-quality checks ran in ${outcome.run.durationMs} ms`);
    } catch (error) {
      log(
        `xroi: scheduled data-quality run failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!isStopped) timer = setTimeout(() => void tick(), intervalMs);
    timer?.unref?.();
  };
  timer = setTimeout(() => void tick(), options.firstDelayMs ?? Math.min(60_000, intervalMs));
  timer.unref?.();
  return {
    stop() {
      isStopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
