import { appRouter, createContext, type TContext, type TSessionUser } from "@xroi/api";
import type { PrismaClient } from "@xroi/db";
import type { BrowserWindow } from "electron";
import { createIPCHandler } from "trpc-electron/main";
import { isTrustedSender } from "./security";

/** The parts of an IPC event the sender check reads (Electron's IpcMainEvent has them). */
export type TIpcSender = {
  senderFrame: { url: string; parent: unknown } | null;
};

export class UntrustedSenderError extends Error {
  override name = "UntrustedSenderError";
}

/**
 * Why a call must be refused, or undefined when it comes from the app's own top-level renderer
 * document. A missing frame (navigated away or destroyed) is refused too: we cannot tell who it was.
 */
export function untrustedSenderReason(event: TIpcSender, appUrl: string): string | undefined {
  const frame = event.senderFrame;
  if (!frame) return "the sending frame is gone";
  if (frame.parent) return `a sub-frame (${frame.url}) may not call the app`;
  if (!isTrustedSender(frame.url, appUrl)) return `${frame.url || "(no URL)"} is not the app`;
  return undefined;
}

/**
 * The context for a call over IPC: the same createContext as the web app, with the desktop owner
 * as the user. Throws for an untrusted sender, so no procedure runs for it.
 */
export function createDesktopContextFactory(options: {
  prisma: PrismaClient;
  owner: TSessionUser;
  appUrl: string;
}): (opts: { event: TIpcSender }) => Promise<TContext> {
  return async ({ event }) => {
    const reason = untrustedSenderReason(event, options.appUrl);
    if (reason) {
      console.warn(`[ipc] refused a call: ${reason}`);
      throw new UntrustedSenderError(`IPC call refused: ${reason}`);
    }
    return createContext({ db: options.prisma, user: options.owner });
  };
}

/** Serves appRouter to the window over trpc-electron's single channel; nothing else listens. */
export function attachIpcHandler(options: {
  window: BrowserWindow;
  prisma: PrismaClient;
  owner: TSessionUser;
  appUrl: string;
}) {
  return createIPCHandler({
    router: appRouter,
    windows: [options.window],
    createContext: createDesktopContextFactory(options),
  });
}
