import { randomUUID } from "node:crypto";
import { MigrationError } from "./errors";
import type { TMigration, TSqlDriver, TSqlRunner } from "./types";

// Prisma's own bookkeeping table, so `prisma migrate status` and other Prisma tooling read our
// history as theirs.
const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it keeps two processes from migrating one PostgreSQL database at once.
const ADVISORY_LOCK_KEY = 72_011_001;

type THistoryRow = { migration_name: string; checksum: string; finished_at: Date | null };

export type TMigrationResult = { applied: string[]; alreadyApplied: number };

async function readHistory(tx: TSqlRunner): Promise<THistoryRow[]> {
  return tx.query<THistoryRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at, migration_name`,
  );
}

/** Refuses a database this code cannot safely run on: unknown, edited or unfinished migrations. */
function checkHistory(history: THistoryRow[], migrations: readonly TMigration[]): void {
  const known = new Map(migrations.map((m) => [m.name, m]));
  for (const row of history) {
    const local = known.get(row.migration_name);
    if (!local) {
      throw new MigrationError(
        `The database has migration "${row.migration_name}", which this version of xroi does not know: ` +
          `it was written by a newer version. Run a version of xroi that includes it.`,
        row.migration_name,
      );
    }
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration "${row.migration_name}" was started but never finished on this database. ` +
          `Restore a backup or resolve it by hand before starting xroi.`,
        row.migration_name,
      );
    }
    if (row.checksum !== local.checksum) {
      throw new MigrationError(
        `Migration "${row.migration_name}" was changed after it was applied (checksum differs). ` +
          `Migrations are append-only: restore its original SQL and add a new migration instead.`,
        row.migration_name,
      );
    }
  }
}

/**
 * Applies pending migrations in name order, each in its own transaction together with its history
 * row, so a failing migration leaves neither schema changes nor a record behind.
 */
export async function applyMigrations(
  driver: TSqlDriver,
  migrations: readonly TMigration[],
): Promise<TMigrationResult> {
  await driver.exec(CREATE_HISTORY_TABLE);
  const lock = async (tx: TSqlRunner) => {
    if (driver.engine === "postgres")
      await tx.query(`SELECT pg_advisory_xact_lock(${ADVISORY_LOCK_KEY})`);
  };

  const initial = await driver.transaction(async (tx) => {
    await lock(tx);
    return readHistory(tx);
  });
  checkHistory(initial, migrations);

  const applied: string[] = [];
  for (const migration of migrations) {
    const wasApplied = await driver.transaction(async (tx) => {
      await lock(tx);
      // Re-read under the lock: another process may have applied it since we looked.
      const done = await tx.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL`,
        [migration.name],
      );
      if (done.length > 0) return false;
      const id = randomUUID();
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
        [id, migration.checksum, migration.name],
      );
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(
          `Migration "${migration.name}" failed and was rolled back: ${reason}`,
          migration.name,
          { cause: error },
        );
      }
      await tx.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
        [id],
      );
      return true;
    });
    if (wasApplied) applied.push(migration.name);
  }
  return { applied, alreadyApplied: migrations.length - applied.length };
}
