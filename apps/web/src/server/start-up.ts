import { getServices } from "./services";

/**
 * Opens the database and applies migrations at start-up, so a database the code cannot run on (a
 * newer or failed migration) stops the server with a clear message instead of failing requests.
 */
export async function openDatabaseOrExit(): Promise<void> {
  try {
    const { db } = await getServices();
    console.log(`xroi: database ready (${db.engine}, ${db.location})`);
  } catch (error) {
    console.error(`xroi cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
