// Writes a new migration: the SQL between the committed migrations' schema and prisma/schema.prisma.
// Usage: pnpm --filter @xroi/db db:diff <name>. Needs no database (Prisma's WebAssembly schema engine).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: db:diff <name>   (lower-case letters, digits and _)");
  process.exit(2);
}
const root = path.join(import.meta.dirname, "../../..");
const schema = path.join(root, "prisma/schema.prisma");
const snapshot = path.join(root, "prisma/migrations/schema.snapshot.prisma");
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || "postgresql://unused@localhost/unused",
};
const sql = execFileSync(
  path.join(import.meta.dirname, "../node_modules/.bin/prisma"),
  ["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
  { env, encoding: "utf8" },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("schema.prisma matches the migrations: nothing to write");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
// The snapshot is the schema the migrations add up to, so the next diff starts from it.
writeFileSync(snapshot, readFileSync(schema, "utf8"));
console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
