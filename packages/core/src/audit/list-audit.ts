import type { TDb } from "../db";

/** The history of one item, newest first. */
export async function listAuditForEntity(
  db: TDb,
  entityType: string,
  entityId: string,
  limit = 50,
) {
  return db.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });
}

/** An item's history for people: newest first, each change with who made it (name or email). */
export async function auditHistory(db: TDb, entityType: string, entityId: string, limit = 50) {
  return withActorNames(db, await listAuditForEntity(db, entityType, entityId, limit));
}

type TAuditRow = Awaited<ReturnType<typeof listAuditForEntity>>[number];

/** Audit rows as people read them: who made each change by name or email, not by id. */
export async function withActorNames(db: TDb, rows: TAuditRow[]) {
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((a): a is string => !!a))];
  const users = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name || u.email]));
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actor: r.actorId ? (names.get(r.actorId) ?? r.actorId) : null,
    action: r.action,
    before: r.before,
    after: r.after,
  }));
}
