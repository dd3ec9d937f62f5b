// Generates the Prisma client (WebAssembly query compiler, no native engine) and embeds the SQL
// migrations into a TypeScript module so every runtime (Next.js, Electron, CLI) carries them.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { embedMigrations } from "./embed-migrations.mjs";

// The CLI insists the datasource URL resolves even though generate never connects.
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || "postgresql://unused@localhost/unused",
};
execFileSync(
  path.join(import.meta.dirname, "../node_modules/.bin/prisma"),
  ["generate", "--no-hints"],
  { stdio: "inherit", env },
);
embedMigrations();
