import type { TSqlRunner } from "@xroi/db/sql";
import type { TIdentitySettings, TQualityCheckResult } from "@xroi/validators";

/** What every check gets: SQL inside the run's transaction, the identity settings, how many examples. */
export type TCheckContext = {
  sql: TSqlRunner;
  settings: TIdentitySettings;
  examples: number;
};

/** A check's answer; the runner adds how long it took. */
export type TCheckOutput = Omit<TQualityCheckResult, "durationMs">;

export type TCheck = (ctx: TCheckContext) => Promise<TCheckOutput>;

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
