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
