import { EventEmitter } from "node:events";
import type { App, Session, WebContents } from "electron";
import { describe, expect, it, vi } from "vitest";
import {
  ALLOWED_PERMISSIONS,
  applySecurity,
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isTrustedSender,
  SECURE_WEB_PREFERENCES,
  shouldAllowPermission,
  webPreferencesWith,
} from "./security";

const FILE_APP = "file:///opt/xroi/resources/app.asar/dist/renderer/index.html";
const DEV_APP = "http://localhost:5183/";

describe("security settings as data", () => {
  it("isolates and sandboxes the renderer, with no Node and web security on", () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    const prefs = webPreferencesWith("/app/dist/preload/preload.cjs");
    expect(prefs).toMatchObject({
      ...SECURE_WEB_PREFERENCES,
      preload: "/app/dist/preload/preload.cjs",
    });
  });

  it("refuses every permission", () => {
    expect(ALLOWED_PERMISSIONS.size).toBe(0);
    for (const permission of [
      "media",
      "geolocation",
      "notifications",
      "clipboard-read",
      "openExternal",
      "fullscreen",
      "hid",
      "usb",
    ]) {
      expect(shouldAllowPermission(permission)).toBe(false);
    }
  });

  it("allows navigation only within the app's own document", () => {
    expect(isAllowedNavigation(`${FILE_APP}#/skills`, FILE_APP)).toBe(true);
    expect(isAllowedNavigation("file:///etc/passwd", FILE_APP)).toBe(false);
    expect(
      isAllowedNavigation("file:///opt/xroi/resources/app.asar/dist/renderer/other.html", FILE_APP),
    ).toBe(false);
    expect(isAllowedNavigation("https://evil.example/", FILE_APP)).toBe(false);
    expect(isAllowedNavigation("http://localhost:5183/#/users", DEV_APP)).toBe(true);
    expect(isAllowedNavigation("http://localhost:5184/", DEV_APP)).toBe(false);
    expect(isAllowedNavigation("https://localhost:5183/", DEV_APP)).toBe(false);
    expect(isAllowedNavigation("javascript:alert(1)", FILE_APP)).toBe(false);
    expect(isAllowedNavigation("not a url", FILE_APP)).toBe(false);
  });
});

describe("isTrustedSender", () => {
  it("accepts the app's own file:// document or dev server, whatever the hash", () => {
    expect(isTrustedSender(FILE_APP, FILE_APP)).toBe(true);
    expect(isTrustedSender(`${FILE_APP}#/taxonomy`, FILE_APP)).toBe(true);
    expect(isTrustedSender("http://localhost:5183/#/skills", DEV_APP)).toBe(true);
  });

  it("rejects other documents, other origins and a missing frame URL", () => {
    expect(isTrustedSender("file:///tmp/evil.html", FILE_APP)).toBe(false);
    expect(isTrustedSender("https://evil.example/embed", FILE_APP)).toBe(false);
    expect(isTrustedSender("http://127.0.0.1:5183/", DEV_APP)).toBe(false);
    expect(isTrustedSender("data:text/html,<p>hi</p>", FILE_APP)).toBe(false);
    expect(isTrustedSender("about:blank", FILE_APP)).toBe(false);
    expect(isTrustedSender("", FILE_APP)).toBe(false);
    expect(isTrustedSender(undefined, FILE_APP)).toBe(false);
  });
});

type TNavEvent = { url: string; isMainFrame?: boolean; preventDefault: () => void };

/** Just enough of a WebContents: an emitter that records its window-open handler. */
function fakeWebContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler;
    },
  });
  const navigate = (event: string, url: string, extra: Partial<TNavEvent> = {}) => {
    const preventDefault = vi.fn();
    emitter.emit(event, { url, preventDefault, ...extra });
    return preventDefault;
  };
  return {
    contents: contents as unknown as WebContents,
    navigate,
    open: (url: string) => openHandler?.({ url }),
  };
}

function fakeSession() {
  const handlers: {
    request?: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: (wc: unknown, permission: string) => boolean;
  } = {};
  const session = {
    setPermissionRequestHandler: (h: typeof handlers.request) => (handlers.request = h),
    setPermissionCheckHandler: (h: typeof handlers.check) => (handlers.check = h),
  };
  return { session: session as unknown as Session, handlers };
}

describe("hardenWebContents", () => {
  it("prevents navigation and redirects away from the app, and keeps in-app ones", () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, FILE_APP);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(fake.navigate("will-navigate", "https://evil.example")).toHaveBeenCalledOnce();
    expect(fake.navigate("will-redirect", "https://evil.example/next")).toHaveBeenCalledOnce();
    expect(
      fake.navigate("will-frame-navigate", "https://evil.example", { isMainFrame: false }),
    ).toHaveBeenCalledOnce();
    expect(fake.navigate("will-navigate", `${FILE_APP}#/skills`)).not.toHaveBeenCalled();
    expect(fake.navigate("will-attach-webview", "https://evil.example")).toHaveBeenCalledOnce();
  });

  it("denies every new window", () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, FILE_APP);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(fake.open("https://evil.example")).toEqual({ action: "deny" });
    expect(fake.open(`${FILE_APP}#/skills`)).toEqual({ action: "deny" });
  });
});

describe("applySecurity", () => {
  it("refuses permission requests and checks on the session", () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const callback = vi.fn();
    handlers.request?.({}, "media", callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers.check?.({}, "notifications")).toBe(false);
  });

  it("hardens every webContents the app creates afterwards", () => {
    const app = new EventEmitter();
    const { session, handlers } = fakeSession();
    applySecurity({ app: app as unknown as App, session, appUrl: FILE_APP });
    expect(handlers.request).toBeDefined();
    const fake = fakeWebContents();
    app.emit("web-contents-created", {}, fake.contents);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(fake.navigate("will-navigate", "https://evil.example")).toHaveBeenCalledOnce();
    expect(fake.open("https://evil.example")).toEqual({ action: "deny" });
  });
});
