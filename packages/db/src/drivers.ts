import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFromStream } from "pg-copy-streams";
import type { TSqlDriver, TSqlRunner } from "./migrate/types";

export type TPgliteHandle = { engine: "pglite"; client: PGlite; sql: TSqlDriver };
export type TPostgresHandle = { engine: "postgres"; pool: pg.Pool; sql: TSqlDriver };

function pgliteRunner(db: Pick<PGlite, "query" | "exec">): TSqlRunner {
  return {
    async query<T>(text: string, params?: unknown[]) {
      return (await db.query<T>(text, params)).rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
  };
}

/** Embedded PostgreSQL (WebAssembly). dataDir undefined means in memory (tests). */
export async function openPglite(dataDir?: string): Promise<TPgliteHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const sql: TSqlDriver = {
    engine: "pglite",
    ...pgliteRunner(client),
    transaction: (fn) => client.transaction((tx) => fn(pgliteRunner(tx))),
    async copyFrom(copySql, data) {
      // PGlite reads COPY input from a blob it names /dev/blob.
      await client.query(copySql.replace(/FROM\s+STDIN/i, "FROM '/dev/blob'"), [], {
        blob: new Blob([data]),
      });
    },
  };
  return { engine: "pglite", client, sql };
}

function pgRunner(client: pg.Pool | pg.PoolClient): TSqlRunner {
  return {
    async query<T>(text: string, params?: unknown[]) {
      return (await client.query(text, params)).rows as T[];
    },
    async exec(text: string) {
      await client.query(text);
    },
  };
}

/**
 * A PostgreSQL server through node-postgres; the same pool serves Prisma and the migrator.
 * An idle connection the server ends (a restart, pg_terminate_backend, a dropped network) is an
 * "error" event on the pool, which crashes the process when nobody listens: the pool drops that
 * connection and opens another when next needed, so it is only reported.
 */
export function openPostgres(
  url: string,
  options: { max?: number; onIdleError?: (error: Error) => void } = {},
): TPostgresHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  pool.on(
    "error",
    options.onIdleError ??
      ((error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`)),
  );
  const sql: TSqlDriver = {
    engine: "postgres",
    ...pgRunner(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(pgRunner(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async copyFrom(copySql, data) {
      const client = await pool.connect();
      try {
        await pipeline(Readable.from([data]), client.query(copyFromStream(copySql)));
      } finally {
        client.release();
      }
    },
  };
  return { engine: "postgres", pool, sql };
}
