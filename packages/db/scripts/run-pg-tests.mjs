// Runs every package's database tests against a PostgreSQL server: DATABASE_URL_TEST, or the local
// server on 127.0.0.1:5432 when it answers. On a developer machine with neither, it says why and
// skips; under CI (CI set, as .ci/run does) an unreachable server fails the run, so a green CI
// always means the tests ran on PostgreSQL.
import { spawnSync } from "node:child_process";
import pg from "pg";

const url = process.env.DATABASE_URL_TEST || "postgres://postgres@127.0.0.1:5432/postgres";
const isCI = !!process.env.CI && !["0", "false"].includes(process.env.CI.toLowerCase());
const shown = url.replace(/:[^:@/]*@/, ":***@");
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
try {
  await client.connect();
  await client.query("SELECT 1");
  await client.end();
} catch (error) {
  const reason = `${shown} is not reachable (${error.message})`;
  if (isCI) {
    console.error(`FAILED PostgreSQL integration tests: ${reason}.`);
    console.error("CI must run them: start the server or set DATABASE_URL_TEST.");
    process.exit(1);
  }
  console.log(`SKIPPED PostgreSQL integration tests: ${reason}.`);
  console.log("Set DATABASE_URL_TEST=postgres://user:pass@host:port/db to run them.");
  process.exit(0);
}
console.log(`PostgreSQL integration tests on ${shown}`);
const result = spawnSync("turbo", ["run", "test:pg", "--concurrency=1"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL_TEST: url },
});
process.exit(result.status ?? 1);
