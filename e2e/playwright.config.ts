import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium: Playwright's own browser download cannot reach its host on these machines.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: ".",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "web", testMatch: "web/**/*.spec.ts" },
    { name: "desktop", testMatch: "desktop/**/*.spec.ts" },
  ],
  // A fresh embedded database with the demo data, served by the production build. The scheduled
  // quality checks are off: a run firing mid-spec would change the counts and "last run" a spec
  // reads (the schedule has its own tests in core).
  webServer: {
    command: `rm -rf .e2e-data && XROI_DATA_DIR=.e2e-data XROI_QUALITY_INTERVAL_MINUTES=0 node ../packages/cli/bin/xroi.mjs serve --demo --port ${PORT}`,
    url: `${BASE_URL}/api/trpc/health.check`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
