import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TRunOutcome } from "./run-checks";
import { startQualitySchedule } from "./schedule";

const ran: TRunOutcome = {
  status: "ran",
  run: { id: "r", startedAt: new Date(0), durationMs: 12, trigger: "schedule" },
  results: {},
};

describe("the in-process quality schedule", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs soon after start-up, then every interval after the previous run ends", async () => {
    const lines: string[] = [];
    const run = vi.fn(async () => ran);
    const schedule = startQualitySchedule({ intervalMinutes: 60, run, log: (l) => lines.push(l) });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(lines).toEqual([
      "xroi: data-quality checks ran in 12 ms",
      "xroi: data-quality checks ran in 12 ms",
    ]);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("logs a failed run and keeps going; a skipped run says nothing", async () => {
    const lines: string[] = [];
    const run = vi
      .fn<() => Promise<TRunOutcome>>()
      .mockRejectedValueOnce(new Error("database is down"))
      .mockResolvedValueOnce({ status: "skipped", reason: "busy", run: null })
      .mockResolvedValue(ran);
    const schedule = startQualitySchedule({
      intervalMinutes: 5,
      run,
      firstDelayMs: 0,
      log: (l) => lines.push(l),
    });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(lines).toEqual([
      "xroi: scheduled data-quality run failed: database is down",
      "xroi: data-quality checks ran in 12 ms",
    ]);
    schedule.stop();
  });

  it("starts nothing when the interval is 0", async () => {
    const run = vi.fn(async () => ran);
    startQualitySchedule({ intervalMinutes: 0, run }).stop();
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(run).not.toHaveBeenCalled();
  });
});
