// Builds the renderer only; main and preload are bundled by scripts/build-main.mjs.
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

export default defineConfig({
  root: "src/renderer",
  // Relative asset paths: the packaged app loads index.html from a file:// URL.
  base: "./",
  // JSX needs no plugin: Vite 8 compiles it (tsconfig's react-jsx). No React Fast Refresh, whose
  // inline preamble the page's Content-Security-Policy would refuse anyway.
  plugins: [tailwindcss()],
  build: {
    outDir: "../../dist/renderer",
    emptyOutDir: true,
    // Electron 45's Chromium.
    target: "chrome140",
    // One bundle read from disk, never over a network: its size costs nothing worth splitting for.
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      onwarn(warning, warn) {
        // Radix marks its modules "use client" for React Server Components; meaningless here.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  server: { host: "127.0.0.1", port: 5183, strictPort: true },
});
