// Bundles the main process and the preload to CommonJS: sandboxed preloads must be CommonJS, and
// one self-contained main.cjs keeps the packaged app free of the workspace's node_modules.
import { rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  // Electron 45 ships Node 22.
  target: "node22",
  sourcemap: true,
  logLevel: "info",
  absWorkingDir: root,
};

rmSync(path.join(root, "dist/main"), { recursive: true, force: true });
rmSync(path.join(root, "dist/preload"), { recursive: true, force: true });

await build({
  ...common,
  entryPoints: ["src/main/main.ts"],
  outfile: "dist/main/main.cjs",
  // electron is the runtime itself. PGlite finds its .wasm and .data files next to its own
  // module, so it stays a real package in node_modules (packaged unpacked, see
  // electron-builder.yml). pg-native is pg's optional native driver, which we never use.
  external: ["electron", "@electric-sql/pglite", "@electric-sql/pglite/*", "pg-native"],
  // ESM sources (the generated Prisma client) read import.meta.url; in CommonJS that is this file.
  define: { "import.meta.url": "__xroiImportMetaUrl" },
  banner: { js: 'const __xroiImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
});

await build({
  ...common,
  entryPoints: ["src/preload/preload.ts"],
  outfile: "dist/preload/preload.cjs",
  // A sandboxed preload may require only "electron" and a few built-ins, so everything else is inlined.
  platform: "browser",
  target: "chrome140",
  external: ["electron"],
});
