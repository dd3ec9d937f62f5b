import { randomBytes } from "node:crypto";
import path from "node:path";
import type { TSessionUser } from "@xroi/api";
import { createUser } from "@xroi/core";
import { openDatabase, type PrismaClient, type TDatabase } from "@xroi/db";

/** The desktop is single-user: whoever runs it acts as this local admin. */
export const DESKTOP_OWNER = {
  email: "owner@desktop.local",
  name: "Desktop owner",
  role: "admin",
} as const;

/** The database folder inside Electron's app-data folder. */
export function desktopDataDir(userDataDir: string): string {
  return path.join(userDataDir, "data");
}

/**
 * Finds the local owner, or creates it on first run. Its password is random and never shown:
 * nobody signs in on the desktop, but every user row carries a credential account.
 */
export async function ensureDesktopOwner(prisma: PrismaClient): Promise<TSessionUser> {
  const fields = { id: true, email: true, name: true, role: true } as const;
  const existing = await prisma.user.findUnique({
    where: { email: DESKTOP_OWNER.email },
    select: fields,
  });
  if (existing) return existing;
  const created = await createUser(prisma, null, {
    ...DESKTOP_OWNER,
    password: randomBytes(32).toString("base64url"),
  });
  return { id: created.id, email: created.email, name: created.name, role: created.role };
}

/** Opens (creating and migrating as needed) the local PGlite database and its owner. */
export async function bootstrapDesktopDatabase(
  userDataDir: string,
): Promise<{ db: TDatabase; owner: TSessionUser }> {
  const db = await openDatabase({ dataDir: desktopDataDir(userDataDir) });
  try {
    return { db, owner: await ensureDesktopOwner(db.prisma) };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
