import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type TDatabase } from "../database";
import { serverEnv } from "../env";

/** The server the PostgreSQL test run uses: DATABASE_URL_TEST, else the local server. */
export function postgresTestUrl(): string {
  return serverEnv().DATABASE_URL_TEST || "postgres://postgres@127.0.0.1:5432/postgres";
}

/** Undefined when the server answers; otherwise why PostgreSQL tests cannot run. */
export async function postgresUnavailableReason(
  url = postgresTestUrl(),
): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${url.replace(/:[^:@/]*@/, ":***@")} is not reachable (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function testEngine(): "pglite" | "postgres" {
  return serverEnv().XROI_TEST_ENGINE;
}

/**
 * A fresh, migrated database on the engine under test (XROI_TEST_ENGINE): in-memory PGlite, or a
 * new database on the PostgreSQL server that close() drops again. Tests never share state.
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TDatabase> {
  if (testEngine() === "pglite") return openDatabase({ migrate: options.migrate });
  const adminUrl = postgresTestUrl();
  const name = `xroi_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), migrate: options.migrate });
  const close = db.close;
  return {
    ...db,
    async close() {
      await close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
