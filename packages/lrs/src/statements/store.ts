import type { TSqlDriver, TSqlRunner } from "@xroi/db";
import type { TIngestHooks } from "../hooks/ingest-hooks";
import { LrsError } from "../http/errors";
import type { TXapiVersion } from "../xapi/versions";
import { isSameStatement } from "./compare";
import { KeySet } from "./keys";
import { prepareStatement, type TPreparedStatement } from "./prepare";
import { insertStatementsSql, upsertActivitiesSql } from "./store-sql";
import { mergeDefinitions } from "./activity-definitions";

type TJson = Record<string, unknown>;

export type TAttachmentContent = { sha2: string; contentType: string; content: Uint8Array };

export type TStoreOptions = {
  credentialId: string;
  version: TXapiVersion;
  hooks: TIngestHooks;
  /** With the `define` scope, activity definitions update the LRS's canonical ones. */
  canDefine: boolean;
  attachments: TAttachmentContent[];
};

type TTarget = {
  seq: string | null;
  id: string;
  verbId: string;
  registration: string | null;
  isVoiding: boolean;
};

/**
 * The one ingest path. Runs the hooks, then, holding the LRS clock (so `stored` values are handed
 * out and committed in order): drops statements already stored unchanged, refuses changed ones
 * (409), inherits keys from StatementRef targets, voids targets, and inserts statements and their
 * keys in one round trip. All or nothing: the caller's batch lands whole or not at all.
 * Returns the ids in the order given.
 */
export async function storeStatements(
  sql: TSqlDriver,
  statements: TJson[],
  options: TStoreOptions,
): Promise<string[]> {
  const ids = statements.map((s) => (s.id as string).toLowerCase());
  await sql.transaction(async (tx) => {
    const ingest = statements.map((statement) => ({ statement, personId: null as string | null }));
    const ctx = { tx, credentialId: options.credentialId, version: options.version };
    await options.hooks.resolveActors(ingest, ctx);
    await options.hooks.minimise(ingest, ctx);
    let prepared = ingest.map((s) => prepareStatement(s.statement, s.personId));

    await tx.query("SELECT 1 FROM lrs_clock WHERE id = 1 FOR UPDATE");
    prepared = await withoutKnownDuplicates(tx, prepared);
    if (prepared.length === 0) return;

    const voidedInBatch = await linkStatementRefs(tx, prepared);
    await insertAttachments(tx, options.attachments);
    await tx.query(insertStatementsSql, [
      prepared.length,
      JSON.stringify(
        prepared.map((p, i) => statementRow(p, i, options.credentialId, voidedInBatch)),
      ),
      JSON.stringify(prepared.flatMap((p) => p.keys.values().map((k) => ({ id: p.id, ...k })))),
    ]);
    await upsertActivities(tx, prepared, options.canDefine);
  });
  return ids;
}

function statementRow(p: TPreparedStatement, i: number, credentialId: string, voided: Set<string>) {
  return {
    i,
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
  };
}

/** Statements sent again unchanged are dropped; a changed one under a known id is refused. */
async function withoutKnownDuplicates(
  tx: TSqlRunner,
  prepared: TPreparedStatement[],
): Promise<TPreparedStatement[]> {
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

/**
 * A statement that targets another (StatementRef) matches whatever its target matches, so it
 * takes the target's keys, verb and registration. Targets may be stored already or come earlier
 * in the same batch; a target that arrives after its referrers hands its keys back to them.
 * Voiding statements void their target unless the target is itself voiding. Returns the ids of
 * statements in this batch that are voided on arrival.
 */
async function linkStatementRefs(
  tx: TSqlRunner,
  prepared: TPreparedStatement[],
): Promise<Set<string>> {
  const voidedInBatch = new Set<string>();
  const inBatch = new Map(prepared.map((p) => [p.id, p]));
  const refs = prepared.filter((p) => p.objectStatementId);
  const storedTargets = await loadTargets(
    tx,
    refs.map((p) => p.objectStatementId!).filter((id) => !inBatch.has(id)),
  );
  const toVoid: string[] = [];
  for (const p of refs) {
    const targetId = p.objectStatementId!;
    const batchTarget = inBatch.get(targetId);
    const target = batchTarget
      ? {
          keys: batchTarget.keys,
          verbId: batchTarget.verbId,
          registration: batchTarget.registration,
          isVoiding: batchTarget.isVoiding,
        }
      : storedTargets.get(targetId);
    if (!target) continue;
    inherit(p, target.keys, target.verbId, target.registration);
    if (p.isVoiding && !target.isVoiding) {
      if (batchTarget) voidedInBatch.add(targetId);
      else toVoid.push(targetId);
    }
  }
  if (toVoid.length > 0)
    await tx.query("UPDATE lrs_statements SET voided = true WHERE id = ANY($1::uuid[])", [toVoid]);
  await handBackToEarlierReferrers(tx, prepared, voidedInBatch);
  return voidedInBatch;
}

function inherit(p: TPreparedStatement, keys: KeySet, verbId: string, registration: string | null) {
  for (const k of keys.values()) {
    // The target's own verb/registration come as columns; its inherited ones as keys.
    if (
      (k.kind === "verb" && k.key === p.verbId) ||
      (k.kind === "registration" && k.key === p.registration)
    )
      continue;
    p.keys.add(k.kind, k.key, k.isDirect);
  }
  if (verbId !== p.verbId) p.keys.add("verb", verbId, true);
  if (registration && registration !== p.registration)
    p.keys.add("registration", registration, true);
}

async function loadTargets(tx: TSqlRunner, ids: string[]) {
  const targets = new Map<string, TTarget & { keys: KeySet }>();
  if (ids.length === 0) return targets;
  const rows = await tx.query<TTarget>(
    `SELECT seq::text AS seq, id::text AS id, verb_id AS "verbId", registration::text AS registration,
            (verb_id = 'http://adlnet.gov/expapi/verbs/voided' AND object_statement_id IS NOT NULL) AS "isVoiding"
       FROM lrs_statements WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const keyRows = await tx.query<{ seq: string; kind: string; key: string; isDirect: boolean }>(
    `SELECT statement_seq::text AS seq, kind, key, is_direct AS "isDirect"
       FROM lrs_statement_keys WHERE statement_seq = ANY($1::bigint[])`,
    [rows.map((r) => r.seq)],
  );
  for (const row of rows) targets.set(row.id, { ...row, keys: new KeySet() });
  const bySeq = new Map(rows.map((r) => [r.seq, targets.get(r.id)!]));
  for (const k of keyRows) bySeq.get(k.seq)?.keys.add(k.kind as never, k.key, k.isDirect);
  return targets;
}

/** Referrers stored before their target: the target may arrive voided, and gives them its keys. */
async function handBackToEarlierReferrers(
  tx: TSqlRunner,
  prepared: TPreparedStatement[],
  voidedInBatch: Set<string>,
): Promise<void> {
  const referrers = await tx.query<{
    seq: string;
    objectStatementId: string;
    verbId: string;
    registration: string | null;
    isVoiding: boolean;
  }>(
    `SELECT seq::text AS seq, object_statement_id::text AS "objectStatementId", verb_id AS "verbId",
            registration::text AS registration,
            verb_id = 'http://adlnet.gov/expapi/verbs/voided' AS "isVoiding"
       FROM lrs_statements WHERE object_statement_id = ANY($1::uuid[])`,
    [prepared.map((p) => p.id)],
  );
  if (referrers.length === 0) return;
  const byId = new Map(prepared.map((p) => [p.id, p]));
  const rows: { seq: string; kind: string; key: string; is_direct: boolean }[] = [];
  for (const r of referrers) {
    const target = byId.get(r.objectStatementId)!;
    if (r.isVoiding && !target.isVoiding) voidedInBatch.add(target.id);
    const keys = new KeySet();
    keys.addAll(target.keys.values());
    if (target.verbId !== r.verbId) keys.add("verb", target.verbId, true);
    if (target.registration && target.registration !== r.registration)
      keys.add("registration", target.registration, true);
    for (const k of keys.values())
      rows.push({ seq: r.seq, kind: k.kind, key: k.key, is_direct: k.isDirect });
  }
  await tx.query(
    `INSERT INTO lrs_statement_keys (statement_seq, kind, key, stored, is_direct)
     SELECT r.seq, r.kind, r.key, s.stored, r.is_direct
       FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, kind text, key text, is_direct boolean)
       JOIN lrs_statements s ON s.seq = r.seq
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(rows)],
  );
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

/** Records every activity the batch names; with `define`, its definition becomes canonical. */
async function upsertActivities(
  tx: TSqlRunner,
  prepared: TPreparedStatement[],
  canDefine: boolean,
) {
  const definitions = new Map<string, TJson | null>();
  const visit = (activity: unknown) => {
    if (!activity || typeof activity !== "object") return;
    const a = activity as TJson;
    if ((a.objectType ?? "Activity") !== "Activity" || typeof a.id !== "string") return;
    const def = canDefine && a.definition ? (a.definition as TJson) : null;
    definitions.set(a.id, mergeDefinitions(definitions.get(a.id) ?? null, def));
  };
  for (const p of prepared) forEachActivity(p.statement, visit);
  if (definitions.size === 0) return;
  await tx.query(upsertActivitiesSql, [
    JSON.stringify([...definitions].map(([id, definition]) => ({ id, definition }))),
  ]);
}

function forEachActivity(statement: TJson, visit: (a: unknown) => void): void {
  const object = statement.object as TJson;
  visit(object);
  const context = statement.context as TJson | undefined;
  const lists = context?.contextActivities as Record<string, unknown[]> | undefined;
  if (lists) for (const list of Object.values(lists)) for (const a of list) visit(a);
  if (object.objectType === "SubStatement") forEachActivity(object, visit);
}
