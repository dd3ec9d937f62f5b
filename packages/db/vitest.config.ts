import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The demo seed writes a few hundred rows through PGlite; a busy 2-core machine needs time.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
