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

/**
 * Statements whose actor resolves to no person. Starts from the unresolved actors (the partial
 * index lrs_actors_unresolved_idx) and counts their statements through (actor_ifi, stored), so
 * the cost follows the unmapped statements, not the store. The LRS writes an actor's lrs_actors
 * row in the statement that stores it, so every statement has one. Voided statements are left
 * out, as in reports; so are anonymous groups, which no mapping can ever resolve.
 */
export const unmappedActors: TCheck = async ({ sql, examples }) => {
  const [row] = await sql.query<{
    statements: number;
    actors: number;
    top: { ifi: string; statements: number }[];
  }>(
    `WITH per_actor AS (
       SELECT a.actor_ifi AS ifi, count(*)::int AS statements
         FROM lrs_actors a
         JOIN lrs_statements s ON s.actor_ifi = a.actor_ifi
        WHERE a.person_id IS NULL AND a.actor_ifi NOT LIKE 'group:%' AND NOT s.voided
        GROUP BY a.actor_ifi
     )
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
