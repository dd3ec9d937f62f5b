import { spawn } from "node:child_process";
import path from "node:path";
import { defaultDataDir, findRepoRoot, openConfiguredDatabase, serverEnv } from "@xroi/db";
import type { TOutput } from "../output";
import { assertDemoSeedAllowed, printDemoUsers } from "./db";

async function waitForHealth(url: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${url}/api/trpc/health.check`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

/**
 * Starts the built web app (`next start`). With --demo, loads the demo data first when the database
 * is empty, then prints the URL and the demo sign-ins once the server answers.
 */
export async function serve(
  out: TOutput,
  options: { demo: boolean; force: boolean; port: number },
): Promise<number> {
  if (options.demo) assertDemoSeedAllowed(options);
  const db = await openConfiguredDatabase();
  const seeded = options.demo
    ? await (await import("@xroi/db/seed")).seedDemo(db.prisma, { ifEmpty: true })
    : undefined;
  // The LRS's demo statements go through its own ingest path, like any tool's.
  if (seeded && !seeded.skipped) {
    await (
      await import("@xroi/lrs/seed")
    ).seedDemoStatements(db, {
      hooks: (await import("@xroi/core/ingest")).identityIngestHooks(),
    });
    // The demo's near-duplicate people, waiting in the review queue.
    await (await import("@xroi/core")).people.findCandidates(db.prisma, null);
  }
  const location = db.location;
  // PGlite allows one process per data folder: the web server opens it next.
  await db.close();

  const webDir = path.join(findRepoRoot() ?? process.cwd(), "apps/web");
  // eslint-disable-next-line no-restricted-properties -- the web server inherits our environment
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(options.port) };
  if (!serverEnv().DATABASE_URL) env.XROI_DATA_DIR = defaultDataDir();
  const child = spawn(
    path.join(webDir, "node_modules/.bin/next"),
    ["start", "--port", String(options.port)],
    {
      cwd: webDir,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  child.stdout.on("data", () => undefined);
  const url = `http://localhost:${options.port}`;
  if (!(await waitForHealth(url, 60_000))) {
    out.error(
      `The web app did not answer on ${url} within 60 s. Did you run the build (pnpm --filter @xroi/web build)?`,
    );
    child.kill();
    return 1;
  }
  out.log("");
  out.log(`xroi is running at ${url}  (database: ${location})`);
  out.log(`xAPI endpoint for learning tools: ${url}/xapi  (keys: LRS > Credentials)`);
  if (seeded) printDemoUsers(out, seeded.users);
  out.log("Press Ctrl+C to stop.");
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
}
