import type { TSessionUser } from "@xroi/api";
import { openDatabase, type TDatabase } from "@xroi/db";
import type { BrowserWindow } from "electron";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureDesktopOwner } from "./database";
import {
  attachIpcHandler,
  createDesktopContextFactory,
  untrustedSenderReason,
  UntrustedSenderError,
  type TIpcSender,
} from "./ipc";

// No Electron binary here: trpc-electron's real handler runs against a stand-in ipcMain that
// records the listener it registers, so the tests send messages exactly as the preload would.
const fakeIpc = vi.hoisted(() => {
  const listeners: Array<(event: unknown, message: unknown) => void> = [];
  return {
    listeners,
    ipcMain: { on: (_channel: string, l: (typeof listeners)[number]) => listeners.push(l) },
  };
});
vi.mock("electron", () => ({ ipcMain: fakeIpc.ipcMain }));

const APP_URL = "file:///opt/xroi/dist/renderer/index.html";
const frame = (url: string, parent: unknown = null) => ({
  senderFrame: { url, parent, routingId: 1 },
});

describe("untrustedSenderReason", () => {
  it("accepts the app's own top-level document only", () => {
    expect(untrustedSenderReason(frame(`${APP_URL}#/skills`), APP_URL)).toBeUndefined();
    expect(untrustedSenderReason(frame("https://evil.example/"), APP_URL)).toMatch(/not the app/);
    expect(untrustedSenderReason(frame(APP_URL, { url: APP_URL }), APP_URL)).toMatch(/sub-frame/);
    expect(
      untrustedSenderReason(frame("https://evil.example/", { url: APP_URL }), APP_URL),
    ).toMatch(/sub-frame/);
    expect(untrustedSenderReason({ senderFrame: null }, APP_URL)).toMatch(/gone/);
  });
});

describe("the IPC handler on a local database", () => {
  let db: TDatabase;
  let owner: TSessionUser;
  beforeAll(async () => {
    db = await openDatabase();
    owner = await ensureDesktopOwner(db.prisma);
    const window = { webContents: { id: 7, on: vi.fn() }, isDestroyed: () => false };
    attachIpcHandler({
      window: window as unknown as BrowserWindow,
      prisma: db.prisma,
      owner,
      appUrl: APP_URL,
    });
  });
  afterAll(async () => db.close());

  let nextId = 1;
  /** Sends one request as ipcLink does and resolves with the decoded reply. */
  function call(sender: TIpcSender, type: "query" | "mutation", path: string, input?: unknown) {
    const id = nextId++;
    return new Promise<{ data?: unknown; error?: { message: string; data: { code: string } } }>(
      (resolve) => {
        const event = {
          ...sender,
          sender: { id: 7, isDestroyed: () => false },
          reply: (_channel: string, response: { result?: { data: unknown }; error?: unknown }) => {
            if (response.error) resolve({ error: superjson.deserialize(response.error as never) });
            else resolve({ data: superjson.deserialize(response.result?.data as never) });
          },
        };
        const operation = {
          id,
          type,
          path,
          input: input === undefined ? undefined : superjson.serialize(input),
          context: {},
          signal: null,
        };
        expect(fakeIpc.listeners).toHaveLength(1);
        fakeIpc.listeners[0]?.(event, { method: "request", operation });
      },
    );
  }

  it("answers me.get from the app's frame with the admin owner", async () => {
    const reply = await call(frame(`${APP_URL}#/`), "query", "me.get");
    expect(reply.data).toEqual({
      id: owner.id,
      email: "owner@desktop.local",
      name: "Desktop owner",
      role: "admin",
    });
  });

  it("creates a skill as the owner and writes the audit row", async () => {
    const framework = await call(
      frame(`${APP_URL}#/skills`),
      "mutation",
      "skills.createFramework",
      {
        name: "Sales skills",
        levels: [{ level: 1, name: "Aware" }],
      },
    );
    const { id: frameworkId } = framework.data as { id: string };
    const reply = await call(frame(`${APP_URL}#/skills`), "mutation", "skills.create", {
      frameworkId,
      name: "Negotiation",
    });
    expect(reply.data).toMatchObject({ name: "Negotiation", frameworkId });
    const audit = await db.prisma.auditLog.findMany({ where: { action: "skill.create" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: owner.id, entityType: "skill" });
  });

  it("sends validation errors back as tRPC errors naming the field", async () => {
    const reply = await call(frame(APP_URL), "mutation", "skills.create", { name: "x" });
    expect(reply.error?.data.code).toBe("BAD_REQUEST");
    expect(reply.error?.message).toMatch(/name/i);
  });

  it("refuses to build a context for an untrusted or missing frame", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const createContext = createDesktopContextFactory({
      prisma: db.prisma,
      owner,
      appUrl: APP_URL,
    });
    await expect(createContext({ event: frame(APP_URL) })).resolves.toMatchObject({ user: owner });
    for (const event of [
      frame("https://evil.example/"),
      frame(APP_URL, {}),
      { senderFrame: null },
    ]) {
      await expect(createContext({ event })).rejects.toBeInstanceOf(UntrustedSenderError);
    }
  });
});
