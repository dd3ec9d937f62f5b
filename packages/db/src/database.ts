import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client";
import type { TMigrationResult } from "./migrate/apply";
import type { TSqlDriver } from "./migrate/types";
import { defaultDataDir, serverEnv } from "./env";
import { migrateOrClose, openEngine } from "./sql-database";

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
  const { native, ...base } = await openEngine(options);
  // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils; the runtime
  // contract is the same, as the data-layer tests on PGlite show.
  const adapter =
    "pool" in native
      ? new PrismaPg(native.pool)
      : (new PrismaPGlite(native.client) as unknown as TPrismaAdapter);
  const prisma = new PrismaClient({ adapter });
  const db: TDatabase = {
    ...base,
    prisma,
    async close() {
      await prisma.$disconnect();
      await base.close();
    },
  };
  return migrateOrClose(db, options.migrate);
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
