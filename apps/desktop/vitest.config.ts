import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Node tests of the main-process logic only; the renderer is exercised by e2e/desktop.
    include: ["src/main/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Processed by Vite rather than Node, so the tests' vi.mock("electron") reaches its import.
    server: { deps: { inline: ["trpc-electron"] } },
  },
});
