import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { hashPassword, verifyPassword } from "../passwords";
import { DEMO_SKILLS, DEMO_USERS, type TDemoUser } from "./data";
import { upsertDemoPrograms } from "./ledger";
import { upsertDemoPeople } from "./people";
import { upsertDemoSkillMap } from "./skill-map";

export type TDemoSeedOptions = {
  /** Load nothing when the database already has any user (what `xroi serve --demo` wants). */
  ifEmpty?: boolean;
};

export type TDemoSeedResult = {
  /**
   * The demo sign-ins. After a skipped run, only those whose documented password still works, so
   * what the CLI prints is true.
   */
  users: TDemoUser[];
  /** Skills written by this run (0 when skipped). */
  skills: number;
  skipped: boolean;
};

type TSeedSummary = {
  usersCreated: number;
  usersUpdated: number;
  skills: number;
  roles: number;
  assets: number;
  programs: number;
  people: { organizations: number; people: number; identifiers: number };
};

/**
 * Loads the demo data: one user per role with a documented password, and the skills of both case
 * study organisations. All of it in one transaction, so a failure writes nothing. Running it again
 * updates the same rows by email and name key (and resets the demo passwords) instead of
 * duplicating them; with ifEmpty it does nothing once any user exists.
 */
export async function seedDemo(
  prisma: PrismaClient,
  options: TDemoSeedOptions = {},
): Promise<TDemoSeedResult> {
  // Checked before hashing so a start-up on a used database does not pay for scrypt.
  if (options.ifEmpty && (await prisma.user.count()) > 0) return skipped(prisma);

  // scrypt is slow by design: hash before the transaction opens, so it holds no locks meanwhile.
  const hashes = await Promise.all(DEMO_USERS.map((user) => hashPassword(user.password)));

  const summary = await prisma.$transaction(
    async (tx) => {
      // Checked again inside: another process may have added users since the first look.
      if (options.ifEmpty && (await tx.user.count()) > 0) return undefined;
      const users = await upsertUsers(tx, hashes);
      const skillMap = await upsertDemoSkillMap(tx);
      const programs = await upsertDemoPrograms(tx);
      // Before the demo statements (loaded after this), so their actors resolve at ingest.
      const people = await upsertDemoPeople(tx);
      const result: TSeedSummary = { ...users, ...skillMap, programs, people };
      await tx.auditLog.create({
        data: {
          actorId: null,
          action: "seed.demo",
          entityType: "database",
          entityId: "demo",
          // Who and what was loaded, never the passwords.
          after: {
            users: DEMO_USERS.map(({ email, role }) => ({ email, role })),
            ...result,
          },
        },
      });
      return result;
    },
    // About 700 statements (users, skill map, ledger); generous because a cold PGlite or a busy CI
    // server can be slow.
    { maxWait: 10_000, timeout: 180_000 },
  );
  if (!summary) return skipped(prisma);
  return {
    users: DEMO_USERS.map((user) => ({ ...user })),
    skills: DEMO_SKILLS.length,
    skipped: false,
  };
}

async function upsertUsers(
  tx: Prisma.TransactionClient,
  hashes: readonly string[],
): Promise<Pick<TSeedSummary, "usersCreated" | "usersUpdated">> {
  let usersCreated = 0;
  let usersUpdated = 0;
  for (const [index, demo] of DEMO_USERS.entries()) {
    const password = hashes[index];
    if (!password) throw new Error(`no password hash for ${demo.email}`);
    const existing = await tx.user.findUnique({
      where: { email: demo.email },
      select: { id: true },
    });
    const id = existing?.id ?? randomUUID();
    // A re-run restores the documented state: role, name, active, and the documented password.
    const fields = { name: demo.name, role: demo.role, emailVerified: true, deactivatedAt: null };
    if (existing) {
      await tx.user.update({ where: { id }, data: fields });
      usersUpdated += 1;
    } else {
      await tx.user.create({ data: { id, email: demo.email, ...fields } });
      usersCreated += 1;
    }
    // Better Auth finds the password on the user's "credential" account, keyed by the user id.
    const account = await tx.account.findFirst({
      where: { userId: id, providerId: "credential" },
      select: { id: true },
    });
    if (account) await tx.account.update({ where: { id: account.id }, data: { password } });
    else
      await tx.account.create({
        data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password },
      });
  }
  return { usersCreated, usersUpdated };
}

/** The demo users that exist, are active, and still sign in with their documented password. */
async function skipped(prisma: PrismaClient): Promise<TDemoSeedResult> {
  const rows = await prisma.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) }, deactivatedAt: null },
    select: {
      email: true,
      name: true,
      role: true,
      accounts: { where: { providerId: "credential" }, select: { password: true } },
    },
  });
  const users: TDemoUser[] = [];
  for (const demo of DEMO_USERS) {
    const row = rows.find((candidate) => candidate.email === demo.email);
    const hash = row?.accounts[0]?.password;
    if (!row || !hash) continue;
    if (await passwordMatches(hash, demo.password))
      users.push({ email: row.email, name: row.name, role: row.role, password: demo.password });
  }
  return { users, skills: 0, skipped: true };
}

/** Better Auth throws on a hash it cannot parse; for listing sign-ins that just means "no". */
async function passwordMatches(hash: string, password: string): Promise<boolean> {
  try {
    return await verifyPassword({ hash, password });
  } catch {
    return false;
  }
}
