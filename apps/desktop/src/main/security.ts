import type { App, Session, WebContents, WebPreferences } from "electron";

/**
 * The renderer's settings. The renderer runs only our own bundle, yet it is treated as untrusted:
 * it gets no Node, runs in Chromium's sandbox, and reaches the main process only through the tRPC
 * bridge the preload exposes.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/** The webPreferences of the app window: the secure settings plus our preload. */
export function webPreferencesWith(preloadPath: string): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, preload: preloadPath };
}

/** Web permissions the app may be granted. None: xroi needs no camera, location, notifications... */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function shouldAllowPermission(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether url is the app's own renderer document: the same file (hash and query ignored, since
 * the renderer routes by hash) for a packaged build, or the same origin for the local dev server.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (!target || !app) return false;
  if (app.protocol === "file:")
    return target.protocol === "file:" && target.pathname === app.pathname;
  if (app.protocol !== "http:" && app.protocol !== "https:") return false;
  return target.origin === app.origin;
}

/** Navigation is allowed only within the app's own document; everything else is refused. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl);
}

/** An IPC sender is trusted only when its frame shows the app's own renderer document. */
export function isTrustedSender(frameUrl: string | undefined, appUrl: string): boolean {
  return frameUrl !== undefined && frameUrl !== "" && isAppUrl(frameUrl, appUrl);
}

/** Refuses every permission request and check for the session the app window uses. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(shouldAllowPermission(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => shouldAllowPermission(permission));
}

/** Denies navigation away from the app, redirects, new windows and <webview> for one webContents. */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url, appUrl)) {
      event.preventDefault();
      console.warn(`[security] refused navigation to ${event.url}`);
    }
  };
  contents.on("will-navigate", guard);
  // will-navigate sees only the main frame; an iframe must not wander off either.
  contents.on("will-frame-navigate", (event) => {
    if (!event.isMainFrame) guard(event);
  });
  contents.on("will-redirect", guard);
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[security] refused to open a window for ${url}`);
    return { action: "deny" };
  });
}

/**
 * Applies the rules app-wide: the session's permission handlers now, and the navigation and
 * window rules on every webContents created from here on (so call it before creating a window).
 */
export function applySecurity({
  app,
  session,
  appUrl,
}: {
  app: App;
  session: Session;
  appUrl: string;
}): void {
  hardenSession(session);
  app.on("web-contents-created", (_event, contents) => hardenWebContents(contents, appUrl));
}
