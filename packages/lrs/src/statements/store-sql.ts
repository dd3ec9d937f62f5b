/**
 * The insert that takes a batch in one round trip: it moves the LRS clock on by one microsecond
 * per statement (never backwards, never repeating), writes each statement with its `stored` (and
 * `timestamp` when it had none) and its key rows. Parameters: $1 the batch size, $2 the statement
 * rows and $3 the key rows, both as JSON, expanded by jsonb_to_recordset so the same SQL runs on
 * PostgreSQL and PGlite.
 */
export const insertStatementsSql = `
WITH clock AS (
  UPDATE lrs_clock
     SET last_stored = greatest(clock_timestamp(), last_stored + interval '1 microsecond')
                       + ($1::int - 1) * interval '1 microsecond'
   WHERE id = 1
  RETURNING last_stored - ($1::int - 1) * interval '1 microsecond' AS first_stored
), rows AS (
  SELECT r.*, clock.first_stored + r.i * interval '1 microsecond' AS stored
    FROM jsonb_to_recordset($2::jsonb) AS r(
           i int, id uuid, statement jsonb, actor_ifi text, verb_id text, activity_id text,
           object_statement_id uuid, registration uuid, ts timestamptz, voided boolean,
           credential_id uuid, person_id text),
         clock
), stamped AS (
  SELECT rows.*, to_char(rows.stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS stored_text
    FROM rows
), inserted AS (
  INSERT INTO lrs_statements (id, stored, statement, actor_ifi, verb_id, activity_id,
                              object_statement_id, registration, timestamp, voided, credential_id,
                              person_id)
  SELECT id, stored,
         statement || jsonb_build_object('stored', stored_text)
                   || CASE WHEN ts IS NULL THEN jsonb_build_object('timestamp', stored_text)
                           ELSE '{}'::jsonb END,
         actor_ifi, verb_id, activity_id, object_statement_id, registration, coalesce(ts, stored),
         voided, credential_id, person_id
    FROM stamped
   ORDER BY i
  RETURNING seq, id, stored
)
INSERT INTO lrs_statement_keys (statement_seq, kind, key, stored, is_direct)
SELECT inserted.seq, k.kind, k.key, inserted.stored, k."isDirect"
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
