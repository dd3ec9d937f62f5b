import { randomUUID } from "node:crypto";
import { hashPassword, isUniqueViolation, type Prisma } from "@xroi/db";
import {
  ZUserCreateSchema,
  ZUserSetActiveSchema,
  ZUserSetRoleSchema,
  type TUser,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { toUser, USER_FIELDS } from "./list-users";

/**
 * Creates a user who signs in with email and password. The password is hashed with Better Auth's
 * scrypt and stored on a "credential" account, exactly where Better Auth's sign-in looks for it.
 */
export async function createUser(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZUserCreateSchema>,
): Promise<TUser> {
  const input = ZUserCreateSchema.parse(raw);
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(db, async (tx) => {
      const id = randomUUID();
      const row = await tx.user.create({
        data: { id, email: input.email, name: input.name, role: input.role, emailVerified: true },
        select: USER_FIELDS,
      });
      await tx.account.create({
        data: {
          id: randomUUID(),
          accountId: id,
          providerId: "credential",
          userId: id,
          password: passwordHash,
        },
      });
      const user = toUser(row);
      await recordAudit(tx, {
        actor,
        action: "user.create",
        entityType: "user",
        entityId: id,
        after: user,
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("CONFLICT", `a user with email ${input.email} already exists`, "email");
    }
    throw error;
  }
}

async function changeUser(
  db: TDb,
  actor: TActor,
  userId: string,
  action: string,
  change: (before: TUser) => { role?: TUser["role"]; deactivatedAt?: Date | null },
): Promise<TUser> {
  return inTransaction(db, async (tx) => {
    const beforeRow = await tx.user.findUnique({ where: { id: userId }, select: USER_FIELDS });
    if (!beforeRow) throw new DomainError("NOT_FOUND", "this user no longer exists", "userId");
    const before = toUser(beforeRow);
    const afterRow = await tx.user.update({
      where: { id: userId },
      data: change(before),
      select: USER_FIELDS,
    });
    const after = toUser(afterRow);
    await recordAudit(tx, { actor, action, entityType: "user", entityId: userId, before, after });
    return after;
  });
}

/**
 * Refuses changes that would leave nobody able to administer xroi. Called inside the change's
 * transaction: it locks every active admin's row until the transaction ends, so two changes that
 * each remove one of the last two admins cannot both see the other one. The second waits for the
 * first, and PostgreSQL re-checks a locked row that changed meanwhile, so it no longer counts
 * the admin the first one removed.
 */
async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, userId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE role = 'admin' AND deactivated_at IS NULL FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== userId)) {
    throw new DomainError(
      "BAD_REQUEST",
      "xroi needs at least one active admin: make someone else admin first",
      "userId",
    );
  }
}

export async function setUserRole(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZUserSetRoleSchema>,
): Promise<TUser> {
  const input = ZUserSetRoleSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    if (input.role !== "admin") await assertAnotherActiveAdmin(tx, input.userId);
    return changeUser(tx, actor, input.userId, "user.set_role", () => ({ role: input.role }));
  });
}

/** Deactivating also ends the user's sessions, so they are signed out at their next request. */
export async function setUserActive(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZUserSetActiveSchema>,
): Promise<TUser> {
  const input = ZUserSetActiveSchema.parse(raw);
  if (!input.isActive && actor?.id === input.userId)
    throw new DomainError("BAD_REQUEST", "you cannot deactivate yourself", "userId");
  return inTransaction(db, async (tx) => {
    if (!input.isActive) await assertAnotherActiveAdmin(tx, input.userId);
    const user = await changeUser(
      tx,
      actor,
      input.userId,
      input.isActive ? "user.activate" : "user.deactivate",
      (before) => ({
        deactivatedAt: input.isActive ? null : before.isActive ? new Date() : undefined,
      }),
    );
    if (!input.isActive) await tx.session.deleteMany({ where: { userId: input.userId } });
    return user;
  });
}
