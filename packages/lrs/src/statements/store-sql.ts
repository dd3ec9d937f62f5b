/**
 * The insert that takes a batch in one round trip: each statement gets its `stored` (the batch's
 * first value, $1, plus its place in the batch in microseconds) and, when it had none, the same
 * as its `timestamp`; its key rows follow, and the batch's in-flight record goes. $2 holds the
 * statement rows and $3 the key rows, both as JSON expanded by jsonb_to_recordset, so the same
 * SQL runs on PostgreSQL and PGlite.
 */
export const insertStatementsSql = `
WITH rows AS (
  SELECT r.*, $1::timestamptz + r.i * interval '1 microsecond' AS stored
    FROM jsonb_to_recordset($2::jsonb) AS r(
           i int, id uuid, statement jsonb, actor_ifi text, verb_id text, activity_id text,
           object_statement_id uuid, registration uuid, ts timestamptz, voided boolean,
           credential_id uuid, person_id uuid, resolved_by text)
), stamped AS (
  SELECT rows.*, to_char(rows.stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS stored_text
    FROM rows
), landed AS (
  DELETE FROM lrs_inflight WHERE first_stored = $1::timestamptz
), actors AS (
  -- New actors, with the person the ingest hook resolved them to; a known actor still unresolved
  -- takes a person found now. Actors already resolved are left alone (and not locked).
  INSERT INTO lrs_actors (actor_ifi, person_id, first_stored, resolved_by, resolved_at)
  SELECT DISTINCT ON (actor_ifi) actor_ifi, person_id, stored, resolved_by,
         CASE WHEN person_id IS NOT NULL THEN now() END
    FROM rows ORDER BY actor_ifi, person_id NULLS LAST, i
  ON CONFLICT (actor_ifi) DO UPDATE
     SET person_id = excluded.person_id, resolved_by = excluded.resolved_by, resolved_at = now()
   WHERE lrs_actors.person_id IS NULL AND excluded.person_id IS NOT NULL
), inserted AS (
  INSERT INTO lrs_statements (id, stored, statement, actor_ifi, verb_id, activity_id,
                              object_statement_id, registration, timestamp, voided, credential_id)
  SELECT id, stored,
         statement || jsonb_build_object('stored', stored_text)
                   || CASE WHEN ts IS NULL THEN jsonb_build_object('timestamp', stored_text)
                           ELSE '{}'::jsonb END,
         actor_ifi, verb_id, activity_id, object_statement_id, registration, coalesce(ts, stored),
         voided, credential_id
    FROM stamped
  RETURNING id, stored
)
INSERT INTO lrs_statement_keys (stored, kind, key, is_direct)
SELECT inserted.stored, k.kind, k.key, k."isDirect"
  FROM inserted
  JOIN jsonb_to_recordset($3::jsonb) AS k(id uuid, kind text, key text, "isDirect" boolean)
    ON k.id = inserted.id`;

/**
 * Records activities; a new definition is merged into the canonical one (language maps entry by
 * entry, other properties replaced) and written only when it adds something.
 */
export const upsertActivitiesSql = `
INSERT INTO lrs_activities (id, definition, updated_at)
SELECT a.id, a.definition, now()
  FROM jsonb_to_recordset($1::jsonb) AS a(id text, definition jsonb)
ON CONFLICT (id) DO UPDATE
   SET definition = CASE
         WHEN lrs_activities.definition IS NULL THEN excluded.definition
         ELSE lrs_activities.definition || excluded.definition || jsonb_strip_nulls(jsonb_build_object(
           'name', CASE WHEN excluded.definition ? 'name'
                        THEN coalesce(lrs_activities.definition -> 'name', '{}') || (excluded.definition -> 'name') END,
           'description', CASE WHEN excluded.definition ? 'description'
                        THEN coalesce(lrs_activities.definition -> 'description', '{}') || (excluded.definition -> 'description') END))
       END,
       updated_at = now()
 WHERE excluded.definition IS NOT NULL
   AND (lrs_activities.definition IS NULL OR NOT lrs_activities.definition @> excluded.definition)`;
