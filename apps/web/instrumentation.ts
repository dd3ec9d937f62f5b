/**
 * Runs once when the server starts: opens the database and applies migrations, so a database the
 * code cannot run on (a newer or failed migration) stops start-up with a clear message instead of
 * failing the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getServices } = await import("./src/server/services");
  try {
    const { db } = await getServices();
    console.log(`xroi: database ready (${db.engine}, ${db.location})`);
  } catch (error) {
    console.error(`xroi cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
