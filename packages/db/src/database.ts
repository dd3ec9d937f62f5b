import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client";
import { migrations } from "./generated/migrations";
import { applyMigrations, type TMigrationResult } from "./migrate/apply";
import type { TSqlDriver } from "./migrate/types";
import { openPglite, openPostgres } from "./drivers";
import { defaultDataDir, serverEnv } from "./env";
import { redactUrl } from "./sql-database";

export type TPrisma = PrismaClient;
type TPrismaAdapter = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];

/** One open database: the Prisma client, a raw SQL driver for the few things Prisma cannot say, and close(). */
export type TDatabase = {
  engine: "pglite" | "postgres";
  /** Where the data lives: a folder for PGlite, the URL without its password for PostgreSQL. */
  location: string;
  prisma: PrismaClient;
  sql: TSqlDriver;
  migrate(): Promise<TMigrationResult>;
  close(): Promise<void>;
};

export type TOpenOptions = {
  /** postgres:// URL; undefined means embedded PGlite. */
  url?: string;
  /** PGlite folder; undefined with no url means in memory. */
  dataDir?: string;
  /** Apply pending migrations before returning (the default). */
  migrate?: boolean;
};

export async function openDatabase(options: TOpenOptions = {}): Promise<TDatabase> {
  let db: TDatabase;
  if (options.url) {
    const handle = openPostgres(options.url);
    const prisma = new PrismaClient({ adapter: new PrismaPg(handle.pool) });
    db = {
      engine: "postgres",
      location: redactUrl(options.url),
      prisma,
      sql: handle.sql,
      migrate: () => applyMigrations(handle.sql, migrations),
      async close() {
        await prisma.$disconnect();
        await handle.pool.end();
      },
    };
  } else {
    const handle = await openPglite(options.dataDir);
    // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils; the runtime
    // contract is the same, as the data-layer tests on PGlite show.
    const adapter = new PrismaPGlite(handle.client) as unknown as TPrismaAdapter;
    const prisma = new PrismaClient({ adapter });
    db = {
      engine: "pglite",
      location: options.dataDir ?? "memory",
      prisma,
      sql: handle.sql,
      migrate: () => applyMigrations(handle.sql, migrations),
      async close() {
        await prisma.$disconnect();
        await handle.client.close();
      },
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

/** The database the environment names: DATABASE_URL, or PGlite in XROI_DATA_DIR / <repo>/.data. */
export function openConfiguredDatabase(
  options: Pick<TOpenOptions, "migrate"> = {},
): Promise<TDatabase> {
  const env = serverEnv();
  return env.DATABASE_URL
    ? openDatabase({ ...options, url: env.DATABASE_URL })
    : openDatabase({ ...options, dataDir: defaultDataDir() });
}

const processDb = globalThis as unknown as { __xroiDb?: Promise<TDatabase> };

/**
 * The process's one database, opened and migrated on first use. A failed open is not cached, so
 * the next request retries and reports the same clear error.
 */
export function getProcessDatabase(): Promise<TDatabase> {
  if (!processDb.__xroiDb) {
    processDb.__xroiDb = openConfiguredDatabase().catch((error: unknown) => {
      processDb.__xroiDb = undefined;
      throw error;
    });
  }
  return processDb.__xroiDb;
}
