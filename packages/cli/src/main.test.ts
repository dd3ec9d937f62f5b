import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { applyMigrations, migrations, openDatabase } from "@xroi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./testing";

// The CLI follows the environment like in production: PGlite in XROI_DATA_DIR.
const dataDir = mkdtempSync(path.join(tmpdir(), "xroi-cli-"));
// eslint-disable-next-line no-restricted-properties -- tests set the environment the CLI reads
process.env.XROI_DATA_DIR = dataDir;

const run = runCli;

describe("xroi CLI", () => {
  beforeAll(() => undefined);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("lists its commands in --help", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/db\s+Database schema and data/);
    expect(help.out).toMatch(/user\s+Users who sign in/);
    expect(help.out).toMatch(/skills\s+Skill frameworks/);
    expect(help.out).toMatch(/serve/);
    expect((await run("user", "create", "--help")).out).toMatch(
      /--email <email>[\s\S]*--role <role>[\s\S]*--password/,
    );
  });

  it("migrates a fresh database, and says so when it is up to date", async () => {
    const first = await run("db", "migrate");
    expect(first.code).toBe(0);
    expect(first.out).toContain(`applied ${migrations[0]!.name}`);
    const again = await run("db", "migrate");
    expect(again.out).toContain(`Up to date: ${migrations.length} migration(s) already applied.`);
  });

  it("creates a user, generating a password when none is given, and refuses bad input by field", async () => {
    const created = await run("user", "create", "--email", "Ops@Example.org", "--role", "admin");
    expect(created.code).toBe(0);
    expect(created.out).toContain("Created ops@example.org with role admin.");
    expect(created.out).toMatch(/Password \(shown once\): \S{16}/);

    const bad = await run(
      "user",
      "create",
      "--email",
      "not-an-email",
      "--role",
      "owner",
      "--password",
      "short",
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(
      "error: email: must be an email address like name@example.org; role: must be one of viewer, analyst, privacy_lead, admin; password: must be at least 12 characters",
    );
    const twice = await run("user", "create", "--email", "ops@example.org", "--role", "viewer");
    expect(twice.err).toBe("error: email: a user with email ops@example.org already exists");
    const missing = await run("user", "create", "--email", "x@example.org");
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/required option '--role <role>' not specified/);
  });

  it("stops with the migration's name when the database is newer than the code", async () => {
    const db = await openDatabase({ dataDir });
    const sql = "CREATE TABLE from_the_future (id int);";
    const future = {
      name: "29991231000000_future",
      sql,
      checksum: createHash("sha256").update(sql).digest("hex"),
    };
    await applyMigrations(db.sql, [...migrations, future]);
    await db.close();
    const result = await run("db", "migrate");
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^error: The database has migration "29991231000000_future", which this version of xroi does not know/,
    );
  });
});
