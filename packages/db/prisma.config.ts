import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// Prisma's CLI is used only to generate the client and to write migration SQL (`migrate diff`).
// Migrations are applied by our own applier (src/migrate), which works on PGlite and PostgreSQL.
// `engine: "js"` with a driver adapter makes the CLI use its WebAssembly schema engine: the native
// one is a download these machines cannot make. The adapter is an in-memory PGlite that the
// commands we use never need to touch.
export default defineConfig({
  schema: path.join(import.meta.dirname, "../../prisma/schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "../../prisma/migrations") },
  experimental: { adapter: true },
  engine: "js",
  // Typed against an older driver-adapter-utils (see src/database.ts); same runtime contract.
  adapter: async () => new PrismaPGlite(new PGlite()) as never,
});
