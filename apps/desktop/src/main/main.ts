// The Electron main process: app lifecycle and one window. The logic it calls (security rules,
// database bootstrap, IPC wiring) lives beside it and is tested in plain Node.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { app, BrowserWindow, dialog, session } from "electron";
import { bootstrapDesktopDatabase } from "./database";
import { desktopEnv } from "./env";
import { attachIpcHandler, UntrustedSenderError } from "./ipc";
import { applySecurity, webPreferencesWith } from "./security";

const env = desktopEnv();
// Before anything reads userData: the single-instance lock and Chromium's profile live there too,
// so a test run with its own folder never meets the person's real app.
if (env.XROI_DESKTOP_DATA_DIR) app.setPath("userData", path.resolve(env.XROI_DESKTOP_DATA_DIR));
// trpc-electron does not catch a failing createContext, so a refused IPC call surfaces here as an
// unhandled rejection. ipc.ts has already logged it; anything else is a real error.
process.on("unhandledRejection", (reason) => {
  if (!(reason instanceof UntrustedSenderError))
    console.error("[main] unhandled rejection:", reason);
});
// Belt and braces: every renderer is sandboxed, even one created without our webPreferences.
app.enableSandbox();

/**
 * The renderer document: the built file, or the Vite dev server while developing. __dirname is
 * dist/main, since this file ships bundled to CommonJS as dist/main/main.cjs.
 */
function rendererUrl(): string {
  if (!app.isPackaged && env.XROI_DESKTOP_RENDERER_URL) return env.XROI_DESKTOP_RENDERER_URL;
  return pathToFileURL(path.join(__dirname, "../renderer/index.html")).href;
}

async function start(): Promise<void> {
  const appUrl = rendererUrl();
  await app.whenReady();
  applySecurity({ app, session: session.defaultSession, appUrl });

  let opened: Awaited<ReturnType<typeof bootstrapDesktopDatabase>>;
  try {
    opened = await bootstrapDesktopDatabase(app.getPath("userData"));
  } catch (error) {
    dialog.showErrorBox("xroi could not open its database", (error as Error).message);
    app.exit(1);
    return;
  }
  const { db, owner } = opened;

  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    title: "xroi",
    show: false,
    webPreferences: webPreferencesWith(path.join(__dirname, "../preload/preload.cjs")),
  });
  attachIpcHandler({ window, prisma: db.prisma, owner, appUrl });
  window.once("ready-to-show", () => window.show());

  app.on("second-instance", () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // One window owns the database; closing it ends the app on every platform.
  app.on("window-all-closed", () => app.quit());
  // PGlite must flush and close before the process ends, or its folder needs recovery next time.
  let state: "open" | "closing" | "closed" = "open";
  app.on("before-quit", (event) => {
    if (state === "closed") return;
    event.preventDefault();
    if (state === "closing") return;
    state = "closing";
    void db
      .close()
      .catch((error: unknown) => console.error("[db] close failed:", error))
      .finally(() => {
        state = "closed";
        app.quit();
      });
  });

  await window.loadURL(appUrl);
}

// Two processes on one PGlite folder would corrupt it: the second launch focuses the first.
if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    console.error("[main] start-up failed:", error);
    app.exit(1);
  });
} else {
  app.quit();
}
