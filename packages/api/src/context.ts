import type { PrismaClient } from "@xroi/db";
import type { TRole } from "@xroi/validators";

/** Who is calling. The web app fills it from the Better Auth session, the desktop from its local owner. */
export type TSessionUser = { id: string; email: string; name: string; role: TRole };

/** The same shape for every transport (HTTP, Electron IPC, createCaller in tests). */
export type TContext = { db: PrismaClient; user: TSessionUser | null };

export function createContext(input: { db: PrismaClient; user: TSessionUser | null }): TContext {
  return { db: input.db, user: input.user };
}
