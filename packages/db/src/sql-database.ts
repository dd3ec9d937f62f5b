import { migrations } from "./generated/migrations";
import { applyMigrations, type TMigrationResult } from "./migrate/apply";
import type { TSqlDriver } from "./migrate/types";
import { openPglite, openPostgres } from "./drivers";
import { defaultDataDir, serverEnv } from "./env";

/**
 * A database opened for SQL only: no Prisma client, so a process that needs nothing else (the
 * LRS served alone) does not load it. Migrations apply the same way as in openDatabase.
 */
export type TSqlDatabase = {
  engine: "pglite" | "postgres";
  location: string;
  sql: TSqlDriver;
  migrate(): Promise<TMigrationResult>;
  close(): Promise<void>;
};

export type TSqlOpenOptions = { url?: string; dataDir?: string; migrate?: boolean };

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://(unparseable)";
  }
}

export async function openSqlDatabase(options: TSqlOpenOptions = {}): Promise<TSqlDatabase> {
  let db: TSqlDatabase;
  if (options.url) {
    const handle = openPostgres(options.url);
    db = {
      engine: "postgres",
      location: redactUrl(options.url),
      sql: handle.sql,
      migrate: () => applyMigrations(handle.sql, migrations),
      close: () => handle.pool.end(),
    };
  } else {
    const handle = await openPglite(options.dataDir);
    db = {
      engine: "pglite",
      location: options.dataDir ?? "memory",
      sql: handle.sql,
      migrate: () => applyMigrations(handle.sql, migrations),
      close: () => handle.client.close(),
    };
  }
  if (options.migrate !== false) {
    try {
      await db.migrate();
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
  }
  return db;
}

/** The database the environment names (DATABASE_URL, or PGlite in the data folder), SQL only. */
export function openConfiguredSqlDatabase(
  options: Pick<TSqlOpenOptions, "migrate"> = {},
): Promise<TSqlDatabase> {
  const env = serverEnv();
  return env.DATABASE_URL
    ? openSqlDatabase({ ...options, url: env.DATABASE_URL })
    : openSqlDatabase({ ...options, dataDir: defaultDataDir() });
}
