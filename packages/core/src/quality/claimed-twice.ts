import type { TSqlRunner } from "@xroi/db/sql";
import {
  EMAIL_KINDS,
  PEOPLE_PATHS,
  type TIdentitySettings,
  type TQualityExample,
} from "@xroi/validators";
import { lookupsFor } from "../identity/resolve-actors";
import { describeSharedId, SHARED_IDS_SQL, type TSharedId } from "./shared-ids";
import { plural, type TCheck } from "./types";
import { actorSearchText } from "./unmapped-actors";

const CHUNK = 20_000;

/**
 * For the given actors, those whose deciding rule (the first, in the settings' order, that finds
 * anyone) finds two or more people: what resolveActorIfis refuses to guess. The same lookups and
 * the same indexes as resolving, one query per chunk.
 */
const AMBIGUOUS_SQL = `
WITH l AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb)
    AS l(ifi text, rule text, rank int, system text, kinds text[], match_key text, email_sha1 text)
), hits AS (
  SELECT l.ifi, l.rank, pi.person_id
    FROM l JOIN person_identifiers pi
      ON pi.kind = ANY(l.kinds) AND pi.match_key = l.match_key AND (l.system IS NULL OR pi.system = l.system)
   WHERE l.match_key IS NOT NULL
  UNION ALL
  SELECT l.ifi, l.rank, pi.person_id
    FROM l JOIN person_identifiers pi ON pi.email_sha1 = l.email_sha1
   WHERE l.email_sha1 IS NOT NULL
), deciding AS (
  SELECT ifi, min(rank) AS rank FROM hits GROUP BY ifi
)
SELECT h.ifi, count(DISTINCT h.person_id)::int AS people
  FROM hits h JOIN deciding d ON d.ifi = h.ifi AND d.rank = h.rank
 GROUP BY h.ifi
HAVING count(DISTINCT h.person_id) > 1
 ORDER BY h.ifi`;

type TLookup = ReturnType<typeof lookupsFor>[number];

/**
 * Which lookups could find two people at all: an e-mail rule lookup whose address two people
 * hold, an mbox_sha1sum lookup whose hash two people's addresses have, or two lookups of one rule
 * (several account systems for one homePage). The exact-IFI and account lookups name a system
 * and kind, whose values are unique, so alone they find at most one person. A rule this does not
 * know is always a candidate, so a new rule can never hide an ambiguous actor.
 */
async function candidateFilter(sql: TSqlRunner) {
  const [shared] = await sql.query<{ emails: string[]; hashes: string[] }>(
    `SELECT coalesce((SELECT jsonb_agg(match_key) FROM (
              SELECT match_key FROM person_identifiers
               WHERE kind IN (SELECT jsonb_array_elements_text($1::jsonb))
               GROUP BY match_key HAVING count(DISTINCT person_id) > 1) e), '[]'::jsonb) AS emails,
            coalesce((SELECT jsonb_agg(email_sha1) FROM (
              SELECT email_sha1 FROM person_identifiers WHERE email_sha1 IS NOT NULL
               GROUP BY email_sha1 HAVING count(DISTINCT person_id) > 1) h), '[]'::jsonb) AS hashes`,
    [JSON.stringify(EMAIL_KINDS)],
  );
  const emails = new Set(shared?.emails ?? []);
  const hashes = new Set(shared?.hashes ?? []);
  return (lookups: TLookup[]): boolean => {
    const perRule = new Map<string, number>();
    for (const l of lookups) {
      perRule.set(l.rule, (perRule.get(l.rule) ?? 0) + 1);
      if (l.rule === "email" && l.match_key !== null && emails.has(l.match_key)) return true;
      if (l.rule === "mbox_sha1sum" && l.email_sha1 !== null && hashes.has(l.email_sha1))
        return true;
      if (
        l.rule !== "xapi_exact" &&
        l.rule !== "external_id" &&
        l.rule !== "email" &&
        l.rule !== "mbox_sha1sum"
      )
        return true;
    }
    return [...perRule.values()].some((n) => n > 1);
  };
}

/**
 * Unresolved actors the rules match to two or more people. Only unresolved actors can be
 * ambiguous now: resolving (at ingest, and resolveStoredActors after every mapping change) leaves
 * an actor whose rules find two people unresolved. Walks them through the partial index
 * lrs_actors_unresolved_idx; only the few whose lookups could find two people (candidateFilter)
 * are looked up, with the same lookups and indexes as resolving.
 */
export async function ambiguousActors(
  sql: TSqlRunner,
  settings: TIdentitySettings,
): Promise<{ ifi: string; people: number }[]> {
  const isCandidate = await candidateFilter(sql);
  const out: { ifi: string; people: number }[] = [];
  let pending: TLookup[] = [];
  const flush = async () => {
    if (pending.length > 0)
      out.push(
        ...(await sql.query<{ ifi: string; people: number }>(AMBIGUOUS_SQL, [
          JSON.stringify(pending),
        ])),
      );
    pending = [];
  };
  let after = "";
  for (;;) {
    const rows = await sql.query<{ ifi: string }>(
      `SELECT actor_ifi AS ifi FROM lrs_actors
        WHERE person_id IS NULL AND actor_ifi > $1 ORDER BY actor_ifi LIMIT ${CHUNK}`,
      [after],
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.ifi;
    for (const r of rows) {
      const lookups = lookupsFor(r.ifi, settings);
      if (isCandidate(lookups)) pending.push(...lookups);
    }
    if (pending.length >= CHUNK) await flush();
    if (rows.length < CHUNK) break;
  }
  await flush();
  return out.sort((a, b) => (a.ifi < b.ifi ? -1 : a.ifi > b.ifi ? 1 : 0));
}

/** a1, b1, a2, b2, ...: so both kinds of problem show among a few examples. */
function interleave<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}

/**
 * IDs that point at two people, so what arrives under them cannot be attributed: xAPI actors
 * the rules match to two people (their statements stay unmapped), and ID values held by two
 * active people in different systems (see shared-ids.ts). Counted per actor and per value.
 */
export const identifiersClaimedTwice: TCheck = async ({ sql, settings, examples }) => {
  const actors = await ambiguousActors(sql, settings);
  const [row] = await sql.query<{ count: number; examples: (TSharedId & { names: string[] })[] }>(
    `WITH ${SHARED_IDS_SQL}
     SELECT (SELECT count(*)::int FROM shared_ids) AS count,
            coalesce((SELECT jsonb_agg(t) FROM (
              SELECT s.family, s.shown, s.any_value, s.people, s.systems,
                     (SELECT array_agg(p.display_name ORDER BY p.display_name)
                        FROM people p WHERE p.id = ANY(s.people)) AS names
                FROM shared_ids s
               ORDER BY cardinality(s.people) DESC, s.family, s.key LIMIT $1) t), '[]'::jsonb) AS examples`,
    [examples],
  );
  const shown = actors.slice(0, examples);
  const statements = new Map<string, number>();
  if (shown.length > 0) {
    const counts = await sql.query<{ ifi: string; n: number }>(
      `SELECT actor_ifi AS ifi, count(*)::int AS n FROM lrs_statements
        WHERE actor_ifi = ANY(SELECT jsonb_array_elements_text($1::jsonb)) AND NOT voided
        GROUP BY actor_ifi`,
      [JSON.stringify(shown.map((a) => a.ifi))],
    );
    for (const c of counts) statements.set(c.ifi, c.n);
  }
  const actorExamples: TQualityExample[] = shown.map((a) => ({
    label: a.ifi,
    detail: `xAPI actor the rules match to ${plural(a.people, "person", "people")}; its ${plural(statements.get(a.ifi) ?? 0, "statement")} stay unmapped`,
    count: statements.get(a.ifi) ?? 0,
    fixPath: PEOPLE_PATHS.search(actorSearchText(a.ifi)),
    fixLabel: "Find the people",
    isPersonal: true,
  }));
  const idExamples: TQualityExample[] = (row?.examples ?? []).map((s) => ({
    label: `${describeSharedId(s)}: ${s.names.join(", ")}`,
    detail: `held by ${plural(s.people.length, "person", "people")} in ${s.systems.join(", ")}`,
    count: s.people.length,
    fixPath: PEOPLE_PATHS.search(s.shown ?? s.any_value),
    fixLabel: "Find the people",
    isPersonal: true,
  }));
  const identifiers = row?.count ?? 0;
  return {
    count: actors.length + identifiers,
    facts: { actors: actors.length, identifiers },
    examples: interleave(actorExamples, idExamples).slice(0, examples),
  };
};
