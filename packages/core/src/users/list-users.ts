import type { TUser } from "@xroi/validators";
import type { TDb } from "../db";

const USER_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  deactivatedAt: true,
  createdAt: true,
} as const;

type TUserRow = {
  id: string;
  email: string;
  name: string;
  role: TUser["role"];
  deactivatedAt: Date | null;
  createdAt: Date;
};

export function toUser(row: TUserRow): TUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    isActive: row.deactivatedAt === null,
    createdAt: row.createdAt,
  };
}

export async function listUsers(db: TDb): Promise<TUser[]> {
  const rows = await db.user.findMany({ select: USER_FIELDS, orderBy: [{ email: "asc" }] });
  return rows.map(toUser);
}

export async function findUserById(db: TDb, id: string): Promise<TUser | null> {
  const row = await db.user.findUnique({ where: { id }, select: USER_FIELDS });
  return row ? toUser(row) : null;
}

export { USER_FIELDS };
