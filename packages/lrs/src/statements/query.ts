import type { TSqlRunner } from "@xroi/db";
import { CONSISTENT_THROUGH_SQL } from "./clock";
import type { TStatementQuery } from "./query-params";

/** One page of a query: statements as JSON text, in order, and the cursor after the last one. */
export type TStatementPage = { statements: string[]; next?: string };

export type TQueryScope = { onlyCredentialId?: string };

const STORED_TEXT = `to_char(s.stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * A filter matches a statement through its own column, or through a key row (a related agent or
 * activity, or a value inherited from a StatementRef target). For related agents, statements whose
 * authority is the agent match through the credential that wrote them (the LRS sets the authority
 * from the credential: an account named by its key).
 */
type TFilter = {
  column: string;
  cast: string;
  kind: string;
  value: string;
  directOnly: boolean;
  authorityKey?: string;
};

class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

function filtersOf(q: TStatementQuery): TFilter[] {
  const filters: TFilter[] = [];
  // Most selective first: the first filter drives the query.
  if (q.registration)
    filters.push({
      column: "registration",
      cast: "::uuid",
      kind: "registration",
      value: q.registration,
      directOnly: false,
    });
  if (q.activity)
    filters.push({
      column: "activity_id",
      cast: "",
      kind: "activity",
      value: q.activity,
      directOnly: !q.relatedActivities,
    });
  if (q.agent) {
    const account = /^account:\S+ (.+)$/.exec(q.agent);
    filters.push({
      column: "actor_ifi",
      cast: "",
      kind: "agent",
      value: q.agent,
      directOnly: !q.relatedAgents,
      authorityKey: q.relatedAgents && account ? account[1] : undefined,
    });
  }
  if (q.verb)
    filters.push({ column: "verb_id", cast: "", kind: "verb", value: q.verb, directOnly: false });
  return filters;
}

/** Time bounds, the cursor, and never past the consistent-through point (statements/clock.ts). */
function boundsOn(
  p: SqlParams,
  column: string,
  q: TStatementQuery,
  cursor: string | undefined,
): string {
  const parts: string[] = [`${column} <= ${CONSISTENT_THROUGH_SQL}`];
  if (q.since) parts.push(`${column} > ${p.add(q.since)}::timestamptz`);
  if (q.until) parts.push(`${column} <= ${p.add(q.until)}::timestamptz`);
  if (cursor) parts.push(`${column} ${q.ascending ? ">" : "<"} ${p.add(cursor)}::timestamptz`);
  return parts.map((x) => ` AND ${x}`).join("");
}

/** The `stored` values a filter matches, each branch read from its index in `stored` order. */
function driverSql(
  p: SqlParams,
  f: TFilter,
  q: TStatementQuery,
  cursor: string | undefined,
): string {
  const v = p.add(f.value);
  const branches = [
    `SELECT stored FROM lrs_statements WHERE ${f.column} = ${v}${f.cast}${boundsOn(p, "stored", q, cursor)}`,
    `SELECT stored FROM lrs_statement_keys WHERE kind = '${f.kind}' AND key = ${v}::text${f.directOnly ? " AND is_direct" : ""}${boundsOn(p, "stored", q, cursor)}`,
  ];
  if (f.authorityKey)
    branches.push(
      `SELECT stored FROM lrs_statements WHERE credential_id IN (SELECT id FROM lrs_credentials WHERE key = ${p.add(f.authorityKey)})
          AND actor_ifi <> ${v} AND NOT EXISTS (SELECT 1 FROM lrs_statement_keys k WHERE k.stored = lrs_statements.stored AND k.kind = 'agent' AND k.key = ${v}::text)${boundsOn(p, "stored", q, cursor)}`,
    );
  return branches.join("\n UNION ALL ");
}

/** The same filter checked on a row another filter found. */
function probeSql(p: SqlParams, f: TFilter): string {
  const v = p.add(f.value);
  const parts = [
    `s.${f.column} = ${v}${f.cast}`,
    `EXISTS (SELECT 1 FROM lrs_statement_keys k WHERE k.stored = s.stored AND k.kind = '${f.kind}' AND k.key = ${v}::text${f.directOnly ? " AND k.is_direct" : ""})`,
  ];
  if (f.authorityKey)
    parts.push(
      `s.credential_id IN (SELECT id FROM lrs_credentials WHERE key = ${p.add(f.authorityKey)})`,
    );
  return `(${parts.join(" OR ")})`;
}

/**
 * The SQL for one page. The most selective filter drives the query through its indexes in
 * `stored` order (registration, then activity, agent, verb; else the credential or `stored`
 * alone); the other filters are checked on each row it yields, so the database reads about as
 * many rows as it returns. Voided statements are left out (their voiding statements are not).
 */
export function buildPageSql(
  q: TStatementQuery,
  scope: TQueryScope,
  cursor: string | undefined,
): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const [driver, ...others] = filtersOf(q);
  const where = ["NOT s.voided"];
  let from: string;
  if (driver) {
    from = `(${driverSql(p, driver, q, cursor)}) d JOIN lrs_statements s ON s.stored = d.stored`;
  } else {
    // No filter: the primary key (or the credential's index, for read/mine) in `stored` order.
    from = "lrs_statements s";
    where.push(boundsOn(p, "s.stored", q, cursor).slice(" AND ".length));
  }
  for (const f of others) where.push(probeSql(p, f));
  if (scope.onlyCredentialId)
    where.push(`s.credential_id = ${p.add(scope.onlyCredentialId)}::uuid`);
  const sql = `SELECT s.statement::text AS statement, ${STORED_TEXT} AS stored
                 FROM ${from}
                WHERE ${where.join(" AND ")}
                ORDER BY s.stored ${q.ascending ? "ASC" : "DESC"}
                LIMIT ${p.add(q.limit + 1)}`;
  return { sql, params: p.values };
}

/** Runs one page; `next` is set when more statements match after the last one returned. */
export async function queryStatements(
  db: TSqlRunner,
  q: TStatementQuery,
  scope: TQueryScope,
  cursor?: string,
): Promise<TStatementPage> {
  const { sql, params } = buildPageSql(q, scope, cursor);
  const rows = await db.query<{ statement: string; stored: string }>(sql, params);
  if (rows.length <= q.limit) return { statements: rows.map((r) => r.statement) };
  const page = rows.slice(0, q.limit);
  return { statements: page.map((r) => r.statement), next: page[page.length - 1]!.stored };
}

/** One statement by id, voided or not as asked, within the caller's scope. */
export async function getStatement(
  db: TSqlRunner,
  id: string,
  voided: boolean,
  scope: TQueryScope,
): Promise<{ statement: string; stored: Date } | undefined> {
  const params: unknown[] = [id, voided];
  let where = "s.id = $1::uuid AND s.voided = $2";
  if (scope.onlyCredentialId) {
    params.push(scope.onlyCredentialId);
    where += " AND s.credential_id = $3::uuid";
  }
  const rows = await db.query<{ statement: string; stored: string }>(
    `SELECT s.statement::text AS statement, ${STORED_TEXT} AS stored FROM lrs_statements s WHERE ${where}`,
    params,
  );
  const row = rows[0];
  return row ? { statement: row.statement, stored: new Date(row.stored) } : undefined;
}
