import { Prisma } from "@xroi/db";
import {
  ZLrsStatementFilterSchema,
  type TLrsStatementFilter,
  type TLrsStatementPage,
  type TLrsStatementRow,
} from "@xroi/validators";
import type { TDb } from "../db";
import { describeObject, describeResult, displayText } from "./display";

type TFilter = ReturnType<typeof ZLrsStatementFilterSchema.parse>;

/** `stored` to the microsecond: a JS Date would round it to the millisecond and break the cursor. */
export const STORED_TEXT = Prisma.sql`to_char(s.stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

type TLead = { column: Prisma.Sql; value: string; cast: Prisma.Sql };

/**
 * The page query: newest first, keyset on `stored` (unique and strictly increasing), never OFFSET.
 *
 * Each equality filter has an index together with `stored`: (actor_ifi, stored), (activity_id,
 * stored), (verb_id, stored), (credential_id, stored). Left to itself, PostgreSQL often walks the
 * `stored` index instead and filters, betting that matches are spread evenly over time; for a tool
 * used last spring or a rare verb that reads the whole table. So the most selective filter leads:
 * it is written as the closed range [value, value] (the same rows as `=`, but the planner cannot
 * fold it into a constant) and leads the ORDER BY, which only its index can deliver. PostgreSQL
 * then walks that index backwards from the cursor and stops after limit+1 matching rows; other
 * filters are checked on those rows. With no equality filter the primary key (`stored`) serves
 * the time range and the cursor. browse-statements.test.ts checks each plan with EXPLAIN.
 */
export function statementPageSql(f: TFilter): Prisma.Sql {
  const text = Prisma.sql`::text`;
  const equalities: TLead[] = [];
  if (f.actor) equalities.push({ column: Prisma.sql`s.actor_ifi`, value: f.actor, cast: text });
  if (f.activity)
    equalities.push({ column: Prisma.sql`s.activity_id`, value: f.activity, cast: text });
  if (f.verb) equalities.push({ column: Prisma.sql`s.verb_id`, value: f.verb, cast: text });
  if (f.credentialId)
    equalities.push({
      column: Prisma.sql`s.credential_id`,
      value: f.credentialId,
      cast: Prisma.sql`::uuid`,
    });
  const [lead, ...rest] = equalities;
  const where: Prisma.Sql[] = [];
  if (lead)
    where.push(
      Prisma.sql`${lead.column} >= ${lead.value}${lead.cast} AND ${lead.column} <= ${lead.value}${lead.cast}`,
    );
  for (const e of rest) where.push(Prisma.sql`${e.column} = ${e.value}${e.cast}`);
  if (f.since) where.push(Prisma.sql`s.stored >= ${f.since}::timestamptz`);
  if (f.until) where.push(Prisma.sql`s.stored <= ${f.until}::timestamptz`);
  if (f.cursor) where.push(Prisma.sql`s.stored < ${f.cursor}::timestamptz`);
  const condition = where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
  const order = lead ? Prisma.sql`${lead.column} DESC, s.stored DESC` : Prisma.sql`s.stored DESC`;
  // Only the parts a row shows leave the database, not whole statements with their extensions. The
  // credential's name is a subquery per returned row so it cannot change how the rows are found.
  return Prisma.sql`
    SELECT s.id::text AS id, ${STORED_TEXT} AS stored, s.actor_ifi, s.verb_id, s.voided,
           s.statement -> 'actor' ->> 'name' AS actor_name,
           s.statement -> 'verb' -> 'display' AS verb_display,
           jsonb_strip_nulls(jsonb_build_object(
             'objectType', s.statement -> 'object' -> 'objectType',
             'id', s.statement -> 'object' -> 'id',
             'name', s.statement -> 'object' -> 'name',
             'definition', jsonb_build_object('name', s.statement -> 'object' -> 'definition' -> 'name'),
             'verb', s.statement -> 'object' -> 'verb',
             'mbox', s.statement -> 'object' -> 'mbox',
             'mbox_sha1sum', s.statement -> 'object' -> 'mbox_sha1sum',
             'openid', s.statement -> 'object' -> 'openid',
             'account', s.statement -> 'object' -> 'account')) AS object,
           CASE WHEN s.statement -> 'result' IS NOT NULL THEN jsonb_build_object(
             'success', s.statement -> 'result' -> 'success',
             'completion', s.statement -> 'result' -> 'completion',
             'score', s.statement -> 'result' -> 'score') END AS result,
           (SELECT c.name FROM lrs_credentials c WHERE c.id = s.credential_id) AS credential_name
      FROM lrs_statements s
      ${condition}
     ORDER BY ${order}
     LIMIT ${f.limit + 1}`;
}

type TRawRow = {
  id: string;
  stored: string;
  actor_ifi: string;
  verb_id: string;
  voided: boolean;
  actor_name: string | null;
  verb_display: unknown;
  object: unknown;
  result: unknown;
  credential_name: string | null;
};

function toRow(r: TRawRow): TLrsStatementRow {
  return {
    id: r.id,
    stored: r.stored,
    actor: { name: r.actor_name, ifi: r.actor_ifi },
    verb: { id: r.verb_id, display: displayText(r.verb_display) },
    object: describeObject(r.object),
    result: describeResult(r.result),
    isVoided: r.voided,
    credentialName: r.credential_name,
  };
}

/** One page of stored statements, newest first, and the cursor for the next (older) page. */
export async function browseStatements(
  db: TDb,
  raw: TLrsStatementFilter,
): Promise<TLrsStatementPage> {
  const filter = ZLrsStatementFilterSchema.parse(raw);
  const rows = await db.$queryRaw<TRawRow[]>(statementPageSql(filter));
  const items = rows.slice(0, filter.limit).map(toRow);
  return {
    items,
    nextCursor: rows.length > filter.limit ? items[items.length - 1]!.stored : null,
    actorIfi: filter.actor ?? null,
  };
}
