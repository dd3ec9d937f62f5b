import { PEOPLE_PATHS } from "@xroi/validators";
import { parseActorIfi } from "../identity/normalize";
import { plural, type TCheck } from "./types";

/** What to search the people list for to find an actor's person: the address, login or IFI. */
export function actorSearchText(ifi: string): string {
  const actor = parseActorIfi(ifi);
  if (!actor) return ifi;
  if (actor.kind === "mbox") return actor.value.replace(/^mailto:/, "");
  if (actor.kind === "account") return actor.name;
  return actor.value;
}

/** Per unresolved actor, its statements: each actor's through the (actor_ifi, stored) index. */
const BY_INDEX = `
  unresolved AS MATERIALIZED (
    SELECT actor_ifi FROM lrs_actors WHERE person_id IS NULL AND actor_ifi NOT LIKE 'group:%'
  ), per_actor AS (
    SELECT u.actor_ifi AS ifi, c.n AS statements
      FROM unresolved u
     CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM lrs_statements s
                          WHERE s.actor_ifi = u.actor_ifi AND NOT s.voided) c
     WHERE c.n > 0
  )`;

/** The same in one pass: the statements hash-joined to the unresolved actors. */
const BY_PASS = `
  per_actor AS (
    SELECT a.actor_ifi AS ifi, count(*)::int AS statements
      FROM lrs_actors a
      JOIN lrs_statements s ON s.actor_ifi = a.actor_ifi
     WHERE a.person_id IS NULL AND a.actor_ifi NOT LIKE 'group:%' AND NOT s.voided
     GROUP BY a.actor_ifi
  )`;

/**
 * Statements whose actor resolves to no person. Starts from the unresolved actors (the partial
 * index lrs_actors_unresolved_idx). While they are a small share of all actors (the usual state
 * once mappings exist) each one's statements are counted through (actor_ifi, stored), so the
 * cost follows what is unmapped, not the store; when most are unresolved (before the first
 * import) one pass over the statements is cheaper. The choice is made here from the actual
 * counts, not left to the planner, whose statistics can be far behind after a resolve (PGlite
 * runs no autovacuum): with stale statistics it took the pass at 5% unresolved, 14 times slower.
 * The LRS writes an actor's lrs_actors row in the statement that stores it, so every statement
 * has one. Voided statements are left out, as in reports; so are anonymous groups, which no
 * mapping can ever resolve.
 */
export const unmappedActors: TCheck = async ({ sql, examples }) => {
  const [shape] = await sql.query<{ unresolved: number; actors: number }>(
    `SELECT (SELECT count(*) FROM lrs_actors WHERE person_id IS NULL)::int AS unresolved,
            (SELECT count(*) FROM lrs_actors)::int AS actors`,
  );
  const isFew = (shape?.unresolved ?? 0) * 4 < (shape?.actors ?? 0);
  const [row] = await sql.query<{
    statements: number;
    actors: number;
    top: { ifi: string; statements: number }[];
  }>(
    `WITH ${isFew ? BY_INDEX : BY_PASS}
     SELECT coalesce(sum(statements), 0)::int AS statements, count(*)::int AS actors,
            coalesce((SELECT jsonb_agg(t) FROM (
                        SELECT ifi, statements FROM per_actor ORDER BY statements DESC, ifi LIMIT $1
                      ) t), '[]'::jsonb) AS top
       FROM per_actor`,
    [examples],
  );
  const statements = row?.statements ?? 0;
  return {
    count: statements,
    facts: { actors: row?.actors ?? 0 },
    examples: (row?.top ?? []).map((t) => ({
      label: t.ifi,
      detail: `${plural(t.statements, "statement")} from this actor, which no person has`,
      count: t.statements,
      fixPath: PEOPLE_PATHS.search(actorSearchText(t.ifi)),
      fixLabel: "Find the person",
      isPersonal: true,
    })),
  };
};
