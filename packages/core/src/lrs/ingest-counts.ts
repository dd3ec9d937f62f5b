import { Prisma } from "@xroi/db";
import { ZLrsIngestQuerySchema, type TLrsIngest, type TLrsIngestRange } from "@xroi/validators";
import type { TDb } from "../db";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RANGES: Record<TLrsIngestRange, { unit: "hour" | "day"; step: number; count: number }> = {
  "24h": { unit: "hour", step: HOUR, count: 24 },
  "30d": { unit: "day", step: DAY, count: 30 },
};

/** The bucket starts (UTC) ending with the one that holds `now`. */
export function ingestBuckets(range: TLrsIngestRange, now: Date): Date[] {
  const { step, count } = RANGES[range];
  const last = Math.floor(now.getTime() / step) * step;
  return Array.from({ length: count }, (_, i) => new Date(last - (count - 1 - i) * step));
}

/**
 * One GROUP BY date_trunc over lrs_statements, run per credential through a lateral join: each
 * credential's rows since `from` are one range of the (credential_id, stored) index, read without
 * touching the statements themselves (an index-only scan once autovacuum has been by), so the cost
 * follows the statements in the window, not the table. The window is written as a row comparison
 * on both index columns (the same rows as `stored >= from`, the credential being fixed) because
 * only that index can use it; given a plain `stored >= from`, the planner may walk the `stored`
 * index once per credential and fetch every statement in the window from the heap.
 * Statements whose credential row was deleted by hand (the app only revokes) are not counted.
 */
export function ingestCountsSql(unit: "hour" | "day", from: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id::text AS credential_id, c.name, c.revoked_at IS NOT NULL AS is_revoked,
           b.bucket, b.n
      FROM lrs_credentials c
     CROSS JOIN LATERAL (
           SELECT date_trunc(${unit}, s.stored, 'UTC') AS bucket, count(*)::int AS n
             FROM lrs_statements s
            WHERE s.credential_id = c.id
              AND (s.credential_id, s.stored) >= (c.id, ${from.toISOString()}::timestamptz)
            GROUP BY 1) b`;
}

type TRawCount = {
  credential_id: string;
  name: string;
  is_revoked: boolean;
  bucket: Date;
  n: number;
};

/** Statements stored per credential per hour (last 24 hours) or per day (last 30 days), UTC. */
export async function ingestCounts(
  db: TDb,
  raw: { range?: TLrsIngestRange },
  now = new Date(),
): Promise<TLrsIngest> {
  const { range } = ZLrsIngestQuerySchema.parse(raw);
  const { unit } = RANGES[range];
  const buckets = ingestBuckets(range, now);
  const index = new Map(buckets.map((b, i) => [b.getTime(), i]));
  const rows = await db.$queryRaw<TRawCount[]>(ingestCountsSql(unit, buckets[0]!));
  const byCredential = new Map<string, TLrsIngest["series"][number]>();
  for (const row of rows) {
    const i = index.get(new Date(row.bucket).getTime());
    if (i === undefined) continue; // stored in the future of `now` (a clock step); not this window
    let series = byCredential.get(row.credential_id);
    if (!series) {
      series = {
        credentialId: row.credential_id,
        name: row.name,
        isRevoked: row.is_revoked,
        counts: buckets.map(() => 0),
        total: 0,
      };
      byCredential.set(row.credential_id, series);
    }
    series.counts[i] = Number(row.n);
    series.total += Number(row.n);
  }
  const series = [...byCredential.values()].sort(
    (a, b) => b.total - a.total || a.name.localeCompare(b.name),
  );
  return {
    range,
    unit,
    buckets: buckets.map((b) => b.toISOString()),
    series,
    total: series.reduce((sum, s) => sum + s.total, 0),
  };
}
