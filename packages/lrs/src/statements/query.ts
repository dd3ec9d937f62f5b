import type { TSqlRunner } from "@xroi/db/sql";
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
 * The branches through which the driving filter finds statements: its column, its key rows, and
 * for an authority the credential. Each branch reads its own index in `stored` order, checks the
 * other conditions on each row, and stops after one page, so a page costs about a page of reads
 * even for a filter that matches half the store.
 */
function branchesSql(
  p: SqlParams,
  f: TFilter,
  q: TStatementQuery,
  cursor: string | undefined,
  rowConditions: (p: SqlParams) => string[],
  page: string,
): string[] {
  const v = p.add(f.value);
  const order = q.ascending ? "ASC" : "DESC";
  const where = (extra: string[], storedColumn: string) =>
    [
      ...extra,
      boundsOn(p, storedColumn, q, cursor).slice(" AND ".length),
      ...rowConditions(p),
    ].join(" AND ");
  const branches = [
    `SELECT s.stored FROM lrs_statements s
      WHERE ${where([`s.${f.column} = ${v}${f.cast}`], "s.stored")}
      ORDER BY s.stored ${order} LIMIT ${page}`,
    `SELECT k.stored FROM lrs_statement_keys k JOIN lrs_statements s ON s.stored = k.stored
      WHERE ${where([`k.kind = '${f.kind}'`, `k.key = ${v}::text`, ...(f.directOnly ? ["k.is_direct"] : [])], "k.stored")}
      ORDER BY k.stored ${order} LIMIT ${page}`,
  ];
  if (f.authorityKey)
    branches.push(
      `SELECT s.stored FROM lrs_statements s
        WHERE ${where(
          [
            `s.credential_id IN (SELECT id FROM lrs_credentials WHERE key = ${p.add(f.authorityKey)})`,
            `s.actor_ifi <> ${v}`,
            `NOT EXISTS (SELECT 1 FROM lrs_statement_keys k WHERE k.stored = s.stored AND k.kind = 'agent' AND k.key = ${v}::text)`,
          ],
          "s.stored",
        )}
        ORDER BY s.stored ${order} LIMIT ${page}`,
    );
  return branches.map((b) => `(${b})`);
}

/**
 * The SQL for one page. The most selective filter drives the query through its indexes in
 * `stored` order (registration, then activity, agent, verb; else `stored` alone); the other
 * filters are checked on each row it yields, so the database reads about as many rows as it
 * returns. Voided statements are left out (their voiding statements are not).
 */
export function buildPageSql(
  q: TStatementQuery,
  scope: TQueryScope,
  cursor: string | undefined,
): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const [driver, ...others] = filtersOf(q);
  const page = p.add(q.limit + 1);
  const order = q.ascending ? "ASC" : "DESC";
  const rowConditions = (params: SqlParams) => [
    "NOT s.voided",
    ...others.map((f) => probeSql(params, f)),
    ...(scope.onlyCredentialId
      ? [`s.credential_id = ${params.add(scope.onlyCredentialId)}::uuid`]
      : []),
  ];
  let from: string;
  let where: string;
  if (driver) {
    const branches = branchesSql(p, driver, q, cursor, rowConditions, page);
    from = `(${branches.join("\n UNION ALL ")}) d JOIN lrs_statements s ON s.stored = d.stored`;
    where = "true";
  } else {
    // No filter: the primary key in `stored` order.
    from = "lrs_statements s";
    where = [boundsOn(p, "s.stored", q, cursor).slice(" AND ".length), ...rowConditions(p)].join(
      " AND ",
    );
  }
  const sql = `SELECT s.statement::text AS statement, ${STORED_TEXT} AS stored
                 FROM ${from}
                WHERE ${where}
                ORDER BY s.stored ${order}
                LIMIT ${page}`;
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
