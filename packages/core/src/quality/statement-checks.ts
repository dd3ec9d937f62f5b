import type { TQualityExample } from "@xroi/validators";
import { plural, type TCheck } from "./types";

/** A JSON number in result.score as numeric, else NULL (a string or a missing value is no score). */
const num = (field: string) =>
  `CASE WHEN jsonb_typeof(sc -> '${field}') = 'number' THEN (sc ->> '${field}')::numeric END`;

/**
 * The rule as a JSON path filter: one call per statement in C, about three times faster than
 * taking the four numbers out in SQL. In lax mode a comparison with a missing bound or a
 * non-number (a string "2") is false, so only numbers that break the rule count.
 */
const OUT_OF_RANGE =
  "$.result.score ? (@.scaled < -1 || @.scaled > 1 || @.min > @.max || @.raw < @.min || @.raw > @.max)";

/**
 * Statements whose result.score breaks xAPI's rules: scaled outside -1..1, min above max, raw
 * below min or above max (only bounds that are given). The LRS refuses these at ingest, so this
 * guards statements that arrived another way (an import, a restore, an older version). One pass
 * over lrs_statements (parallel where PostgreSQL can); only the offending rows are kept.
 */
export const outOfRangeScores: TCheck = async ({ sql, examples }) => {
  const [row] = await sql.query<{
    count: number;
    examples: {
      id: string;
      reason: string;
      scaled: string;
      raw: string;
      min: string;
      max: string;
    }[];
  }>(
    `WITH bad AS MATERIALIZED (
       SELECT s.id, s.stored, s.statement -> 'result' -> 'score' AS sc
         FROM lrs_statements s
        WHERE NOT s.voided AND s.statement @? '${OUT_OF_RANGE}'
     ), examples AS (
       SELECT id, stored, ${num("scaled")} AS scaled, ${num("raw")} AS raw,
              ${num("min")} AS min, ${num("max")} AS max
         FROM bad ORDER BY stored DESC LIMIT $1
     )
     SELECT (SELECT count(*)::int FROM bad) AS count,
            coalesce((SELECT jsonb_agg(t ORDER BY t.stored DESC) FROM (
              SELECT id::text AS id, stored, scaled::text AS scaled, raw::text AS raw,
                     min::text AS min, max::text AS max,
                     CASE WHEN scaled < -1 OR scaled > 1 THEN 'scaled'
                          WHEN min > max THEN 'min_max'
                          WHEN raw < min THEN 'below_min'
                          ELSE 'above_max' END AS reason
                FROM examples) t), '[]'::jsonb) AS examples`,
    [examples],
  );
  return {
    count: row?.count ?? 0,
    facts: {},
    examples: (row?.examples ?? []).map((e) => ({
      label: `Statement ${e.id}`,
      detail:
        e.reason === "scaled"
          ? `scaled score ${e.scaled} is outside -1..1`
          : e.reason === "min_max"
            ? `min ${e.min} is above max ${e.max}`
            : e.reason === "below_min"
              ? `raw score ${e.raw} is below min ${e.min}`
              : `raw score ${e.raw} is above max ${e.max}`,
      count: null,
      fixPath: "/lrs",
      fixLabel: "Find it in the LRS",
      isPersonal: false,
    })),
  };
};

/** How far ahead of `stored` a timestamp may be: clocks drift, tools batch. */
export const FUTURE_TOLERANCE = "5 minutes";
/** How far before its program's first day a statement may be: time zones reach a day back. */
export const PROGRAM_TOLERANCE = "1 day";
/** Earlier than this is a clock that was never set (1970-01-01, 1900-01-01). */
export const EARLIEST_PLAUSIBLE = "2000-01-01";

const day = (iso: string) => iso.slice(0, 10);
const minute = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/**
 * Statements with a timestamp that cannot be right: more than 5 minutes after the LRS stored
 * them (timestamps are when it happened, so a future one is a tool's clock), before the start of
 * the program they belong to less a day (the statement's activity is a learning asset that a
 * ledger program's allocation targets; with several programs, the earliest), or before 2000.
 * One pass over lrs_statements, hash-joined to the few activities that programs use.
 */
export const implausibleTimestamps: TCheck = async ({ sql, examples }) => {
  const [row] = await sql.query<{
    count: number;
    future: number;
    before_program: number;
    before_2000: number;
    examples: {
      id: string;
      reason: string;
      timestamp: string;
      stored: string;
      program: string | null;
      starts_on: string | null;
      hours_ahead: number;
    }[];
  }>(
    `WITH starts AS (
       SELECT aa.activity_id, min(p.starts_on) AS starts_on,
              (array_agg(p.name ORDER BY p.starts_on, p.name))[1] AS program
         FROM asset_activities aa
         JOIN allocation_targets t ON t.asset_id = aa.asset_id
         JOIN cost_allocations c ON c.id = t.allocation_id
         JOIN programs p ON p.id = c.program_id
        GROUP BY aa.activity_id
     ), bad AS MATERIALIZED (
       SELECT s.id, s.stored, s.timestamp, st.program, st.starts_on,
              CASE WHEN s.timestamp > s.stored + interval '${FUTURE_TOLERANCE}' THEN 'future'
                   WHEN s.timestamp < timestamptz '${EARLIEST_PLAUSIBLE} 00:00:00+00' THEN 'before_2000'
                   ELSE 'before_program' END AS reason
         FROM lrs_statements s
         LEFT JOIN starts st ON st.activity_id = s.activity_id
        WHERE NOT s.voided
          AND (s.timestamp > s.stored + interval '${FUTURE_TOLERANCE}'
            OR s.timestamp < timestamptz '${EARLIEST_PLAUSIBLE} 00:00:00+00'
            OR s.timestamp < (st.starts_on::timestamp AT TIME ZONE 'UTC') - interval '${PROGRAM_TOLERANCE}')
     )
     SELECT (SELECT count(*)::int FROM bad) AS count,
            (SELECT count(*)::int FROM bad WHERE reason = 'future') AS future,
            (SELECT count(*)::int FROM bad WHERE reason = 'before_program') AS before_program,
            (SELECT count(*)::int FROM bad WHERE reason = 'before_2000') AS before_2000,
            coalesce((SELECT jsonb_agg(t) FROM (
              SELECT id::text AS id, reason, program,
                     to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
                     to_char(timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS timestamp,
                     to_char(stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS stored,
                     (extract(epoch FROM timestamp - stored) / 3600)::float8 AS hours_ahead
                FROM bad ORDER BY stored DESC LIMIT $1) t), '[]'::jsonb) AS examples`,
    [examples],
  );
  return {
    count: row?.count ?? 0,
    facts: {
      future: row?.future ?? 0,
      beforeProgram: row?.before_program ?? 0,
      before2000: row?.before_2000 ?? 0,
    },
    examples: (row?.examples ?? []).map((e): TQualityExample => {
      const base = { label: `Statement ${e.id}`, count: null, isPersonal: false };
      if (e.reason === "future") {
        const hours = e.hours_ahead;
        const ahead =
          hours >= 48
            ? plural(Math.floor(hours / 24), "day")
            : hours >= 1
              ? plural(Math.floor(hours), "hour")
              : plural(Math.ceil(hours * 60), "minute");
        return {
          ...base,
          detail: `dated ${minute(e.timestamp)}, ${ahead} after the LRS stored it (${minute(e.stored)})`,
          fixPath: "/lrs/ingest",
          fixLabel: "Which tool sent it",
        };
      }
      if (e.reason === "before_program")
        return {
          ...base,
          detail: `dated ${day(e.timestamp)}, before “${e.program}” starts (${e.starts_on})`,
          fixPath: "/ledger",
          fixLabel: "Check the program's dates",
        };
      return {
        ...base,
        detail: `dated ${day(e.timestamp)}: a clock that was never set`,
        fixPath: "/lrs",
        fixLabel: "Find it in the LRS",
      };
    }),
  };
};
