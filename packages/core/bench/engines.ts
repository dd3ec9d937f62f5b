import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { postgresTestUrl, postgresUnavailableReason } from "@xroi/db/testing";

/** ["postgres"] when the test server answers; else [] and a line saying why it is skipped. */
export async function postgresIfAvailable(): Promise<string[]> {
  const unavailable = await postgresUnavailableReason();
  if (!unavailable) return ["postgres"];
  console.log(`PostgreSQL skipped: ${unavailable}`);
  return [];
}

/**
 * Runs the benchmark file `selfUrl` (its import.meta.url) again once per engine, each in a process
 * of its own (so memory figures are the engine's alone), with `--engine=<name>`; exits on the
 * first failure.
 */
export function runPerEngine(selfUrl: string, engines: string[]): void {
  const self = fileURLToPath(selfUrl);
  for (const engine of engines) {
    const run = spawnSync(process.execPath, [...process.execArgv, self, `--engine=${engine}`], {
      stdio: "inherit",
      env: { ...process.env, XROI_TEST_ENGINE: engine, DATABASE_URL_TEST: postgresTestUrl() },
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
