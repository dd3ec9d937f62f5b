import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Unit tests of the web shell's own logic; pages and routes are exercised by e2e/web.
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
