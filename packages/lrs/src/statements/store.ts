import type { TSqlDriver, TSqlRunner } from "@xroi/db/sql";
import type { TIngestHooks } from "../hooks/ingest-hooks";
import { LrsError } from "../http/errors";
import type { TXapiVersion } from "../xapi/versions";
import { isSameStatement } from "./compare";
import { rememberActivities, upsertActivities } from "./activities";
import { allocateStored, releaseStored, WRITE_TIMEOUT } from "./clock";
import { prepareStatement, type TPreparedStatement } from "./prepare";
import { linkStatementRefs } from "./statement-refs";
import { insertStatementsSql } from "./store-sql";
import { agentIfi } from "../xapi/ifi";

type TJson = Record<string, unknown>;
/** A prepared statement and its place in the batch (its `stored` is the batch's first + index µs). */
type TIndexedStatement = TPreparedStatement & { index: number };

export type TAttachmentContent = { sha2: string; contentType: string; content: Uint8Array };

export type TStoreOptions = {
  credentialId: string;
  version: TXapiVersion;
  hooks: TIngestHooks;
  /** With the `define` scope, activity definitions update the LRS's canonical ones. */
  canDefine: boolean;
  attachments: TAttachmentContent[];
  /** Activity definitions this process last wrote, so an unchanged one is not written again. */
  activityCache?: Map<string, string>;
};

/**
 * The one ingest path. Takes `stored` values for the batch (statements/clock.ts), then in one
 * transaction: runs the hooks, drops statements already stored unchanged, refuses changed ones
 * (409), links StatementRefs (inherited keys, voiding), and inserts statements and their keys in
 * one round trip. All or nothing: the batch lands whole or not at all. Returns the ids in the
 * order given. A race with a concurrent batch on the same new id is retried once, and then
 * answered as if the batches had come one after the other.
 */
export async function storeStatements(
  sql: TSqlDriver,
  statements: TJson[],
  options: TStoreOptions,
): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await storeOnce(sql, statements, options);
    } catch (error) {
      if (attempt >= 2 || (error as { code?: unknown }).code !== "23505") throw error;
    }
  }
}

async function storeOnce(sql: TSqlDriver, statements: TJson[], options: TStoreOptions) {
  const ids = statements.map((s) => (s.id as string).toLowerCase());
  const lock = refsLock(statements, new Set(ids));
  const first = await allocateStored(sql, statements.length);
  let written: [string, string][] = [];
  try {
    await sql.transaction(async (tx) => {
      await tx.query(
        `SELECT set_config('statement_timeout', '${WRITE_TIMEOUT}', true), set_config('idle_in_transaction_session_timeout', '${WRITE_TIMEOUT}', true), ${lock}($1)`,
        [REFS_LOCK_KEY],
      );
      const ingest = statements.map((statement) => ({
        statement,
        actorIfi: agentIfi(statement.actor) ?? "group:anonymous",
        personId: null as string | null,
        resolvedBy: null as string | null,
      }));
      const ctx = { tx, credentialId: options.credentialId, version: options.version };
      await options.hooks.resolveActors(ingest, ctx);
      await options.hooks.minimise(ingest, ctx);
      const prepared = await withoutKnownDuplicates(
        tx,
        ingest.map((s, i) => ({
          ...prepareStatement(s.statement, s.personId, s.resolvedBy),
          index: i,
        })),
      );
      if (prepared.length > 0) {
        const voidedInBatch = await linkStatementRefs(tx, prepared);
        await insertAttachments(tx, options.attachments);
        await tx.query(insertStatementsSql, [
          first,
          JSON.stringify(prepared.map((p) => statementRow(p, options.credentialId, voidedInBatch))),
          JSON.stringify(prepared.flatMap((p) => p.keys.values().map((k) => ({ id: p.id, ...k })))),
        ]);
        written = await upsertActivities(tx, prepared, options.canDefine, options.activityCache);
      } else await releaseStored(tx, first);
    });
  } catch (error) {
    await releaseStored(sql, first).catch((e: unknown) =>
      console.error("[lrs] could not release stored values:", e),
    );
    throw error;
  }
  rememberActivities(options.activityCache, written);
  return ids;
}

/**
 * StatementRefs to statements outside the batch are linked to their targets when both are
 * visible, which a concurrent batch may not yet be. Such a batch (rare: mostly voiding) takes
 * the refs lock exclusively and every other batch shares it, so each pair of batches is seen in
 * one order or the other.
 */
const REFS_LOCK_KEY = 7_163_521; // an arbitrary constant naming this lock
function refsLock(statements: TJson[], idsInBatch: Set<string>): string {
  const refersOutside = statements.some((s) => {
    const object = s.object as TJson;
    return object.objectType === "StatementRef" && !idsInBatch.has(String(object.id).toLowerCase());
  });
  return refersOutside ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared";
}

function statementRow(p: TIndexedStatement, credentialId: string, voided: Set<string>) {
  return {
    i: p.index,
    id: p.id,
    statement: p.statement,
    actor_ifi: p.actorIfi,
    verb_id: p.verbId,
    activity_id: p.activityId,
    object_statement_id: p.objectStatementId,
    registration: p.registration,
    ts: p.timestamp,
    voided: voided.has(p.id),
    credential_id: credentialId,
    person_id: p.personId,
    resolved_by: p.resolvedBy,
  };
}

/** Statements sent again unchanged are dropped; a changed one under a known id is refused. */
async function withoutKnownDuplicates(
  tx: TSqlRunner,
  prepared: TIndexedStatement[],
): Promise<TIndexedStatement[]> {
  const existing = await tx.query<{ id: string; statement: TJson }>(
    "SELECT id::text AS id, statement FROM lrs_statements WHERE id = ANY($1::uuid[])",
    [prepared.map((p) => p.id)],
  );
  if (existing.length === 0) return prepared;
  const known = new Map(existing.map((row) => [row.id, row.statement]));
  return prepared.filter((p) => {
    const stored = known.get(p.id);
    if (!stored) return true;
    if (!isSameStatement(p.statement, stored))
      throw new LrsError(409, `statement ${p.id} already exists with different content`);
    return false;
  });
}

async function insertAttachments(tx: TSqlRunner, attachments: TAttachmentContent[]): Promise<void> {
  for (const a of attachments) {
    await tx.query(
      `INSERT INTO lrs_attachments (sha2, content_type, length, content) VALUES ($1, $2, $3, $4)
       ON CONFLICT (sha2) DO NOTHING`,
      [a.sha2, a.contentType, a.content.byteLength, a.content],
    );
  }
}
