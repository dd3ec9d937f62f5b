import type { TSqlRunner } from "@xroi/db/sql";
import { KeySet, type TKeyKind } from "./keys";
import type { TPreparedStatement } from "./prepare";

/** What a statement matches: its own columns and its keys. A referrer inherits all of it. */
type TMatchable = {
  actorIfi: string;
  activityId: string | null;
  verbId: string;
  registration: string | null;
  keys: KeySet;
  isVoiding: boolean;
};

function matchValues(m: TMatchable): KeySet {
  const values = new KeySet();
  values.addAll(m.keys.values());
  values.add("agent", m.actorIfi, true);
  if (m.activityId) values.add("activity", m.activityId, true);
  values.add("verb", m.verbId, true);
  if (m.registration) values.add("registration", m.registration, true);
  return values;
}

/** The target's values become the referrer's keys, except those its own columns already hold. */
function inheritedKeys(
  referrer: Omit<TMatchable, "keys" | "isVoiding">,
  target: TMatchable,
): KeySet {
  const keys = matchValues(target);
  keys.remove("agent", referrer.actorIfi);
  if (referrer.activityId) keys.remove("activity", referrer.activityId);
  keys.remove("verb", referrer.verbId);
  if (referrer.registration) keys.remove("registration", referrer.registration);
  return keys;
}

/**
 * A statement that targets another (StatementRef) matches whatever its target matches, so it
 * takes the target's values as keys. Targets may be stored already or come earlier in the same
 * batch; a target that arrives after its referrers hands its values back to them. Voiding
 * statements void their target unless the target is itself voiding. Returns the ids of
 * statements in this batch that are voided on arrival.
 */
export async function linkStatementRefs(
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
    const target = batchTarget ?? storedTargets.get(targetId);
    if (!target) continue;
    p.keys.addAll(inheritedKeys(p, target).values());
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

const VOIDING_SQL = `(verb_id = 'http://adlnet.gov/expapi/verbs/voided' AND object_statement_id IS NOT NULL)`;
const MATCHABLE_COLUMNS = `to_char(stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS stored,
  id::text AS id, actor_ifi AS "actorIfi", activity_id AS "activityId", verb_id AS "verbId",
  registration::text AS registration, ${VOIDING_SQL} AS "isVoiding"`;

type TStoredMatchable = Omit<TMatchable, "keys"> & { stored: string; id: string };

async function withKeys(tx: TSqlRunner, rows: TStoredMatchable[]) {
  const out = new Map<string, TStoredMatchable & { keys: KeySet }>();
  if (rows.length === 0) return out;
  const keyRows = await tx.query<{ stored: string; kind: string; key: string; isDirect: boolean }>(
    `SELECT to_char(stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS stored, kind, key,
            is_direct AS "isDirect"
       FROM lrs_statement_keys WHERE stored = ANY($1::timestamptz[])`,
    [rows.map((r) => r.stored)],
  );
  const byStored = new Map<string, KeySet>();
  for (const row of rows) {
    const keys = new KeySet();
    byStored.set(row.stored, keys);
    out.set(row.id, { ...row, keys });
  }
  for (const k of keyRows) byStored.get(k.stored)?.add(k.kind as TKeyKind, k.key, k.isDirect);
  return out;
}

async function loadTargets(tx: TSqlRunner, ids: string[]) {
  if (ids.length === 0) return new Map<string, TStoredMatchable & { keys: KeySet }>();
  const rows = await tx.query<TStoredMatchable>(
    `SELECT ${MATCHABLE_COLUMNS} FROM lrs_statements WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return withKeys(tx, rows);
}

/** Referrers stored before their target: the target may arrive voided, and gives them its values. */
async function handBackToEarlierReferrers(
  tx: TSqlRunner,
  prepared: TPreparedStatement[],
  voidedInBatch: Set<string>,
): Promise<void> {
  const referrers = await tx.query<TStoredMatchable & { objectStatementId: string }>(
    `SELECT ${MATCHABLE_COLUMNS}, object_statement_id::text AS "objectStatementId"
       FROM lrs_statements WHERE object_statement_id = ANY($1::uuid[])`,
    [prepared.map((p) => p.id)],
  );
  if (referrers.length === 0) return;
  const byId = new Map(prepared.map((p) => [p.id, p]));
  const rows: { stored: string; kind: string; key: string; is_direct: boolean }[] = [];
  for (const r of referrers) {
    const target = byId.get(r.objectStatementId)!;
    if (r.isVoiding && !target.isVoiding) voidedInBatch.add(target.id);
    for (const k of inheritedKeys(r, target).values())
      rows.push({ stored: r.stored, kind: k.kind, key: k.key, is_direct: k.isDirect });
  }
  await tx.query(
    `INSERT INTO lrs_statement_keys (stored, kind, key, is_direct)
     SELECT r.stored, r.kind, r.key, r.is_direct
       FROM jsonb_to_recordset($1::jsonb) AS r(stored timestamptz, kind text, key text, is_direct boolean)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(rows)],
  );
}
