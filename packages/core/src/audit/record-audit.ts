import type { Prisma } from "@xroi/db";
import type { TActor } from "../db";

export type TAuditEntry = {
  actor: TActor;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** A value as the audit log stores it: bigint amounts as decimal strings, dates as ISO strings. */
export function auditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates become ISO strings and bigint money amounts decimal strings, as in any export.
  const text = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "bigint" ? v.toString() : v,
  );
  return JSON.parse(text) as Prisma.InputJsonValue;
}

/** Records a change. Call it with the transaction that makes the change, so both land or neither. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: TAuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: auditJson(entry.before),
      after: auditJson(entry.after),
    },
  });
}
