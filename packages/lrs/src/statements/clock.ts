import type { TSqlDriver, TSqlRunner } from "@xroi/db/sql";

/**
 * How `stored` works. Each batch takes the next `stored` values (one microsecond apart, never
 * behind the wall clock, never repeated) in a short transaction of its own, and records them in
 * lrs_inflight until its statements commit. Readers see only statements stored before the oldest
 * value still in flight: the X-Experience-API-Consistent-Through point. So writers commit in
 * parallel (PostgreSQL groups their commits), yet a statement can never become visible behind a
 * point a reader has already paged past.
 *
 * A writer that crashes leaves its row behind; rows older than IN_FLIGHT_EXPIRY are ignored and
 * removed, and a writer's transaction is limited to well under that (WRITE_TIMEOUT per
 * statement, a handful of statements).
 */
export const IN_FLIGHT_EXPIRY = "120 seconds";
export const WRITE_TIMEOUT = "10s";

const STORED_TEXT = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/**
 * Takes `count` stored values; returns the first (as exact UTC text). The allocation commits
 * without waiting for the disk: if it were lost in a crash, so would be the statements that use
 * it, which commit later and do wait.
 */
export async function allocateStored(sql: TSqlDriver, count: number): Promise<string> {
  return sql.transaction(async (tx) => {
    const rows = await tx.query<{ first: string }>(
      `WITH settings AS (SELECT set_config('synchronous_commit', 'off', true)),
            clock AS (
              UPDATE lrs_clock
                 SET last_stored = greatest(clock_timestamp(), last_stored + interval '1 microsecond')
                                   + ($1::int - 1) * interval '1 microsecond'
               WHERE id = 1 AND EXISTS (SELECT 1 FROM settings)
              RETURNING last_stored - ($1::int - 1) * interval '1 microsecond' AS first_stored)
       INSERT INTO lrs_inflight (first_stored, allocated_at)
       SELECT first_stored, clock_timestamp() FROM clock
       RETURNING to_char(first_stored AT TIME ZONE 'UTC', ${STORED_TEXT}) AS first`,
      [count],
    );
    if (Math.random() < 0.01) await removeExpired(tx);
    return rows[0]!.first;
  });
}

/** Gives back an allocation whose statements were not stored (the batch failed). */
export async function releaseStored(sql: TSqlRunner, first: string): Promise<void> {
  await sql.query("DELETE FROM lrs_inflight WHERE first_stored = $1::timestamptz", [first]);
}

async function removeExpired(tx: TSqlRunner): Promise<void> {
  await tx.query(
    `DELETE FROM lrs_inflight WHERE allocated_at < now() - interval '${IN_FLIGHT_EXPIRY}'`,
  );
}

/** SQL for the consistent-through point: just before the oldest live allocation, else infinity. */
export const CONSISTENT_THROUGH_SQL = `(SELECT coalesce(min(first_stored) - interval '1 microsecond', 'infinity'::timestamptz)
   FROM lrs_inflight WHERE allocated_at > now() - interval '${IN_FLIGHT_EXPIRY}')`;

/** The consistent-through point as a timestamp for the response header. */
export async function consistentThrough(sql: TSqlRunner): Promise<string> {
  const rows = await sql.query<{ at: string }>(
    `SELECT to_char(least(${CONSISTENT_THROUGH_SQL}, now()) AT TIME ZONE 'UTC', ${STORED_TEXT}) AS at`,
  );
  return rows[0]!.at;
}
