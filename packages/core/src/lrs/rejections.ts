import {
  LRS_REJECTION_CLASS_STATUSES,
  ZLrsRejectionFilterSchema,
  type TLrsRejection,
  type TLrsRejectionFilter,
} from "@xroi/validators";
import type { TDb } from "../db";

/**
 * Refused xAPI requests, newest first, a page at a time by id (never OFFSET). The LRS keeps only
 * the newest 5,000, so walking the primary key backwards with the status as a filter stays cheap
 * without an index on status.
 */
export async function listRejections(
  db: TDb,
  raw: TLrsRejectionFilter,
): Promise<{ items: TLrsRejection[]; nextCursor: string | null }> {
  const filter = ZLrsRejectionFilterSchema.parse(raw);
  const statuses = LRS_REJECTION_CLASS_STATUSES[filter.statusClass];
  const rows = await db.lrsRejection.findMany({
    where: {
      ...(filter.cursor ? { id: { lt: BigInt(filter.cursor) } } : {}),
      ...(statuses ? { status: { in: [...statuses] } } : {}),
    },
    orderBy: { id: "desc" },
    take: filter.limit + 1,
  });
  const page = rows.slice(0, filter.limit);
  const credentialIds = [...new Set(page.map((r) => r.credentialId).filter((id) => id !== null))];
  const credentials = await db.lrsCredential.findMany({
    where: { id: { in: credentialIds } },
    select: { id: true, name: true },
  });
  const names = new Map(credentials.map((c) => [c.id, c.name]));
  const items = page.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    credentialId: r.credentialId,
    credentialName: r.credentialId ? (names.get(r.credentialId) ?? null) : null,
    method: r.method,
    path: r.path,
    status: r.status,
    message: r.message,
  }));
  return {
    items,
    nextCursor: rows.length > filter.limit ? items[items.length - 1]!.id : null,
  };
}
