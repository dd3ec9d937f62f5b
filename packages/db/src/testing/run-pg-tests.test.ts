import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const script = path.resolve(import.meta.dirname, "../../scripts/run-pg-tests.mjs");
// Port 1 on loopback: refused at once, so the script never reaches the tests themselves.
const unreachable = "postgres://postgres@127.0.0.1:1/postgres";

function runScript(ci: string | undefined) {
  // eslint-disable-next-line no-restricted-properties -- the child gets our environment, changed
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL_TEST: unreachable };
  if (ci === undefined) delete env.CI;
  else env.CI = ci;
  return spawnSync(process.execPath, [script], { env, encoding: "utf8", timeout: 30_000 });
}

describe("the PostgreSQL test run (pnpm test:pg) without a server", () => {
  it("skips on a developer machine, saying why", () => {
    const run = runScript(undefined);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^SKIPPED PostgreSQL integration tests: postgres:\/\/postgres@127\.0\.0\.1:1\/postgres is not reachable/,
    );
  });

  it.each(["1", "true"])("fails under CI=%s", (ci) => {
    const run = runScript(ci);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^FAILED PostgreSQL integration tests: .* is not reachable/);
  });

  it("treats CI=0 and CI=false as a developer machine", () => {
    expect(runScript("0").status).toBe(0);
    expect(runScript("false").status).toBe(0);
  });
});
