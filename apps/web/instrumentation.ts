/**
 * Runs once when the server starts. The work is in src/server/start-up.ts, loaded only in the
 * Node.js runtime (it opens the database).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await (await import("./src/server/start-up")).openDatabaseOrExit();
}
