import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { _electron, expect, test, type ElectronApplication, type Page } from "@playwright/test";

const desktopDir = path.resolve(import.meta.dirname, "../../apps/desktop");
const mainScript = path.join(desktopDir, "dist/main/main.cjs");

/**
 * The Electron binary, if this machine has one. Read the way the electron package's own index.js
 * does (path.txt names it under dist/), but without requiring that file: electron 45 starts a
 * download when the binary is missing, and a test run must not fetch anything.
 */
function electronBinary(): string | undefined {
  const packageJson = createRequire(path.join(desktopDir, "package.json")).resolve(
    "electron/package.json",
  );
  const pathFile = path.join(path.dirname(packageJson), "path.txt");
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(path.dirname(packageJson), "dist", readFileSync(pathFile, "utf8"));
  return existsSync(binary) ? binary : undefined;
}

const electronPath = electronBinary();
test.skip(
  !electronPath,
  "Electron binary not installed (it downloads from a host this machine cannot reach); run `pnpm --filter @xroi/desktop exec electron --version` where it can be installed",
);

/** Starts the built app on its own data folder, as a person's double-click would (plus the folder). */
async function launch(dataDir: string): Promise<{ app: ElectronApplication; window: Page }> {
  if (!existsSync(mainScript)) {
    throw new Error(`${mainScript} is missing: run \`pnpm --filter @xroi/desktop build\` first`);
  }
  const app = await _electron.launch({
    executablePath: electronPath,
    // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer's own
    // sandbox setting still applies. On Linux without a display, run under xvfb-run.
    args: [mainScript, ...(process.getuid?.() === 0 ? ["--no-sandbox"] : [])],
    env: { ...process.env, XROI_DESKTOP_DATA_DIR: dataDir },
  });
  const window = await app.firstWindow();
  await expect(
    window.getByRole("navigation", { name: "Product areas", exact: true }),
  ).toBeVisible();
  return { app, window };
}

test.describe("desktop app", () => {
  let dataDir: string;
  let app: ElectronApplication | undefined;
  test.beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "xroi-desktop-e2e-"));
  });
  test.afterEach(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("opens the shell as the local owner, creates a skill and keeps it", async () => {
    let window: Page;
    ({ app, window } = await launch(dataDir));
    await expect(window.getByText("Desktop owner").first()).toBeVisible();

    // The renderer has no Node and sees only the tRPC bridge.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      "undefined",
    );
    expect(
      await window.evaluate(() =>
        Object.keys((globalThis as { electronTRPC?: object }).electronTRPC ?? {}).sort(),
      ),
    ).toEqual(["onMessage", "sendMessage"]);
    expect(await window.evaluate(() => globalThis.open("https://example.org/") === null)).toBe(
      true,
    );

    await window.getByRole("link", { name: "Skills" }).first().click();
    await expect(window.getByRole("heading", { name: "Skills", level: 1 })).toBeVisible();
    await expect(window).toHaveURL(/#\/skills$/);

    // A framework first (the local database starts empty), then a skill in it.
    const stamp = Date.now().toString(36);
    await window.getByRole("button", { name: "New framework" }).click();
    const frameworkDialog = window.getByRole("dialog");
    await frameworkDialog.getByLabel("Name", { exact: true }).fill(`Offline skills ${stamp}`);
    await frameworkDialog.getByRole("button", { name: "Create framework" }).click();
    await expect(frameworkDialog).toBeHidden();

    const name = `Offline negotiation ${stamp}`;
    await window.getByRole("button", { name: "New skill" }).click();
    const dialog = window.getByRole("dialog");
    await dialog.getByLabel("Name", { exact: true }).fill(name);
    await dialog.getByRole("button", { name: "Create skill" }).click();
    await expect(dialog).toBeHidden();
    await expect(window.getByRole("status")).toHaveText(`Created “${name}”.`);
    await expect(window.getByRole("treeitem", { name })).toHaveCount(1);

    // The local database outlives the process: quit, start again, the skill is still there.
    await app.close();
    ({ app, window } = await launch(dataDir));
    await window.getByRole("link", { name: "Skills" }).first().click();
    await expect(window.getByRole("treeitem", { name })).toHaveCount(1);
  });
});
