import { migrations } from "./generated/migrations";
import { applyMigrations, type TMigrationResult } from "./migrate/apply";
import type { TSqlDriver } from "./migrate/types";
import { openPglite, openPostgres, type TPgliteHandle, type TPostgresHandle } from "./drivers";
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

/** The driver underneath, for openDatabase to put Prisma on. */
type TNative = { pool: TPostgresHandle["pool"] } | { client: TPgliteHandle["client"] };

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

/** Opens the engine the options name, without migrating; openDatabase builds on this too. */
export async function openEngine(
  options: TSqlOpenOptions,
): Promise<TSqlDatabase & { native: TNative }> {
  if (options.url) {
    const handle = openPostgres(options.url);
    return {
      engine: "postgres",
      location: redactUrl(options.url),
      sql: handle.sql,
      native: { pool: handle.pool },
      migrate: () => applyMigrations(handle.sql, migrations),
      close: () => handle.pool.end(),
    };
  }
  const handle = await openPglite(options.dataDir);
  return {
    engine: "pglite",
    location: options.dataDir ?? "memory",
    sql: handle.sql,
    native: { client: handle.client },
    migrate: () => applyMigrations(handle.sql, migrations),
    close: () => handle.client.close(),
  };
}

/** Applies pending migrations unless told not to; a failure closes the database and is rethrown. */
export async function migrateOrClose<T extends Pick<TSqlDatabase, "migrate" | "close">>(
  db: T,
  migrate: boolean | undefined,
): Promise<T> {
  if (migrate === false) return db;
  try {
    await db.migrate();
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

export async function openSqlDatabase(options: TSqlOpenOptions = {}): Promise<TSqlDatabase> {
  const { native: _native, ...db } = await openEngine(options);
  return migrateOrClose(db, options.migrate);
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
