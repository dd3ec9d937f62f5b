import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { migrations } from "../generated/migrations";
import type { TDatabase } from "../database";
import { openTestDatabase, testEngine } from "../testing";
import { applyMigrations } from "./apply";
import { MigrationError } from "./errors";
import type { TMigration } from "./types";

function migration(name: string, sql: string): TMigration {
  return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
}

async function tableNames(db: TDatabase): Promise<string[]> {
  const rows = await db.sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

describe(`migration applier on ${testEngine()}`, () => {
  let db: TDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it("applies every committed migration to a fresh database and records it as Prisma does", async () => {
    db = await openTestDatabase({ migrate: false });
    const result = await db.migrate();
    expect(result.applied).toEqual(migrations.map((m) => m.name));
    expect(await tableNames(db)).toEqual(
      expect.arrayContaining([
        "_prisma_migrations",
        "users",
        "sessions",
        "accounts",
        "audit_log",
        "skills",
      ]),
    );
    const history = await db.sql.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    expect(history).toEqual(
      migrations.map((m) => ({
        migration_name: m.name,
        checksum: m.checksum,
        applied_steps_count: 1,
      })),
    );
  });

  it("is a no-op when run again", async () => {
    db = await openTestDatabase();
    const again = await db.migrate();
    expect(again).toEqual({ applied: [], alreadyApplied: migrations.length });
    const count = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "_prisma_migrations"`,
    );
    expect(count[0]?.n).toBe(migrations.length);
  });

  it("rolls a failing migration back whole, names it, and records nothing", async () => {
    db = await openTestDatabase({ migrate: false });
    const good = migration("0001_good", `CREATE TABLE first_table (id int primary key);`);
    const bad = migration(
      "0002_bad",
      `CREATE TABLE half_table (id int primary key); ALTER TABLE no_such_table ADD COLUMN x int;`,
    );
    const error = await applyMigrations(db.sql, [good, bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migrationName).toBe("0002_bad");
    expect((error as Error).message).toMatch(
      /Migration "0002_bad" failed and was rolled back: .*no_such_table/,
    );
    const tables = await tableNames(db);
    expect(tables).toContain("first_table");
    expect(tables).not.toContain("half_table");
    const names = await db.sql.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(names.map((r) => r.migration_name)).toEqual(["0001_good"]);
  });

  it("refuses a database that has a migration newer than the code", async () => {
    db = await openTestDatabase();
    const future = migration(
      "29990101000000_from_the_future",
      `CREATE TABLE future_table (id int);`,
    );
    await applyMigrations(db.sql, [...migrations, future]);
    const error = await applyMigrations(db.sql, migrations).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain(`"29990101000000_from_the_future"`);
    expect((error as Error).message).toMatch(/newer version/);
  });

  it("refuses a migration whose SQL changed after it was applied", async () => {
    db = await openTestDatabase({ migrate: false });
    await applyMigrations(db.sql, [migration("0001_a", `CREATE TABLE a (id int);`)]);
    const error = await applyMigrations(db.sql, [
      migration("0001_a", `CREATE TABLE a (id bigint);`),
    ]).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/"0001_a" was changed after it was applied/);
  });
});
