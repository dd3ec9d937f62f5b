import type { TSqlRunner } from "@xroi/db";
import type { TStatementQuery } from "./query-params";

/** One page of a query: statements as JSON text, in order, and the cursor after the last one. */
export type TStatementPage = { statements: string[]; next?: string };

export type TQueryScope = { onlyCredentialId?: string };

type TBuilder = { params: unknown[]; where: string[] };
const param = (b: TBuilder, value: unknown) => `$${b.params.push(value)}`;

/**
 * A condition on statement `s` for a key the driving index did not serve. Keys cover what a
 * statement names beyond its own columns (related agents and activities, and what a StatementRef
 * inherits from its target).
 */
function keyCondition(b: TBuilder, kind: string, key: string, directOnly: boolean): string {
  return `EXISTS (SELECT 1 FROM lrs_statement_keys k WHERE k.statement_seq = s.seq AND k.kind = '${kind}' AND k.key = ${param(b, key)}${directOnly ? " AND k.is_direct" : ""})`;
}

function columnOrKey(b: TBuilder, column: string, kind: string, key: string, cast = ""): string {
  const p = param(b, key);
  return `(s.${column} = ${p}${cast} OR EXISTS (SELECT 1 FROM lrs_statement_keys k WHERE k.statement_seq = s.seq AND k.kind = '${kind}' AND k.key = ${p}::text))`;
}

function bounds(
  b: TBuilder,
  column: string,
  q: TStatementQuery,
  cursor: string | undefined,
): string {
  const parts: string[] = [];
  if (q.since) parts.push(`${column} > ${param(b, q.since)}::timestamptz`);
  if (q.until) parts.push(`${column} <= ${param(b, q.until)}::timestamptz`);
  if (cursor) parts.push(`${column} ${q.ascending ? ">" : "<"} ${param(b, cursor)}::timestamptz`);
  return parts.length ? ` AND ${parts.join(" AND ")}` : "";
}

/**
 * The SQL for one page. The most selective filter drives the query through its index in `stored`
 * order (registration, then activity, agent, verb, the credential, or `stored` alone); the other
 * filters are checked on each row it yields, so the database reads about as many rows as it
 * returns. Verb and registration are columns, with a union over the keys a StatementRef inherits.
 */
export function buildPageSql(
  q: TStatementQuery,
  scope: TQueryScope,
  cursor: string | undefined,
): { sql: string; params: unknown[] } {
  const b: TBuilder = { params: [], where: ["NOT s.voided"] };
  const order = q.ascending ? "ASC" : "DESC";
  let from: string;
  if (q.registration) {
    const p = param(b, q.registration);
    from = `(SELECT seq, stored FROM lrs_statements WHERE registration = ${p}::uuid${bounds(b, "stored", q, cursor)}
             UNION ALL
             SELECT statement_seq, stored FROM lrs_statement_keys WHERE kind = 'registration' AND key = ${p}::text${bounds(b, "stored", q, cursor)}) d`;
  } else if (q.activity) {
    from = `(SELECT statement_seq AS seq, stored FROM lrs_statement_keys
              WHERE kind = 'activity' AND key = ${param(b, q.activity)}${q.relatedActivities ? "" : " AND is_direct"}${bounds(b, "stored", q, cursor)}) d`;
  } else if (q.agent) {
    from = `(SELECT statement_seq AS seq, stored FROM lrs_statement_keys
              WHERE kind = 'agent' AND key = ${param(b, q.agent)}${q.relatedAgents ? "" : " AND is_direct"}${bounds(b, "stored", q, cursor)}) d`;
  } else if (q.verb) {
    const p = param(b, q.verb);
    from = `(SELECT seq, stored FROM lrs_statements WHERE verb_id = ${p}${bounds(b, "stored", q, cursor)}
             UNION ALL
             SELECT statement_seq, stored FROM lrs_statement_keys WHERE kind = 'verb' AND key = ${p}::text${bounds(b, "stored", q, cursor)}) d`;
  } else if (scope.onlyCredentialId) {
    from = `(SELECT seq, stored FROM lrs_statements WHERE credential_id = ${param(b, scope.onlyCredentialId)}::uuid${bounds(b, "stored", q, cursor)}) d`;
  } else {
    from = `(SELECT seq, stored FROM lrs_statements WHERE true${bounds(b, "stored", q, cursor)}) d`;
  }
  if (q.registration && q.activity)
    b.where.push(keyCondition(b, "activity", q.activity, !q.relatedActivities));
  if ((q.registration || q.activity) && q.agent)
    b.where.push(keyCondition(b, "agent", q.agent, !q.relatedAgents));
  if ((q.registration || q.activity || q.agent) && q.verb)
    b.where.push(columnOrKey(b, "verb_id", "verb", q.verb));
  if (scope.onlyCredentialId && (q.registration || q.activity || q.agent || q.verb))
    b.where.push(`s.credential_id = ${param(b, scope.onlyCredentialId)}::uuid`);
  const sql = `SELECT s.statement::text AS statement,
                      to_char(d.stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS stored
                 FROM ${from}
                 JOIN lrs_statements s ON s.seq = d.seq
                WHERE ${b.where.join(" AND ")}
                ORDER BY d.stored ${order}
                LIMIT ${param(b, q.limit + 1)}`;
  return { sql, params: b.params };
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
  let where = "id = $1::uuid AND voided = $2";
  if (scope.onlyCredentialId) {
    params.push(scope.onlyCredentialId);
    where += " AND credential_id = $3::uuid";
  }
  const rows = await db.query<{ statement: string; stored: string }>(
    `SELECT statement::text AS statement,
            to_char(stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS stored
       FROM lrs_statements WHERE ${where}`,
    params,
  );
  const row = rows[0];
  return row ? { statement: row.statement, stored: new Date(row.stored) } : undefined;
}
