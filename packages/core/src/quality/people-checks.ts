import { PEOPLE_PATHS } from "@xroi/validators";
import { describeSharedId, SHARED_IDS_SQL, sharedKindPhrase, type TSharedId } from "./shared-ids";
import { plural, type TCheck } from "./types";

/**
 * Active people with no identifier in the CRM (any kind: contact or account id), so their
 * outcomes (renewals, leads) cannot be joined to their learning. People of an organisation of
 * kind `internal` (the organisation's own staff, who are not CRM contacts) are left out. One
 * pass: people anti-joined to person_identifiers through its person_id index.
 */
export const peopleWithoutCrmId: TCheck = async ({ sql, examples }) => {
  const [row] = await sql.query<{
    count: number;
    in_scope: number;
    examples: { id: string; name: string; organization: string | null }[];
  }>(
    `WITH in_scope AS (
       SELECT p.id, p.display_name, o.name AS organization,
              NOT EXISTS (SELECT 1 FROM person_identifiers pi
                           WHERE pi.person_id = p.id AND pi.system = 'crm') AS is_missing
         FROM people p
         LEFT JOIN organizations o ON o.id = p.organization_id
        WHERE p.status = 'active' AND o.kind IS DISTINCT FROM 'internal'
     )
     SELECT count(*) FILTER (WHERE is_missing)::int AS count, count(*)::int AS in_scope,
            coalesce((SELECT jsonb_agg(t) FROM (
                        SELECT id, display_name AS name, organization FROM in_scope
                         WHERE is_missing ORDER BY display_name, id LIMIT $1
                      ) t), '[]'::jsonb) AS examples
       FROM in_scope`,
    [examples],
  );
  return {
    count: row?.count ?? 0,
    facts: { activePeople: row?.in_scope ?? 0 },
    examples: (row?.examples ?? []).map((p) => ({
      label: p.organization ? `${p.name} (${p.organization})` : p.name,
      detail: "no CRM contact or account ID",
      count: null,
      fixPath: PEOPLE_PATHS.person(p.id),
      fixLabel: "Add the CRM ID",
      isPersonal: true,
    })),
  };
};

/**
 * Groups of two or more active people who share an e-mail address or the same ID in two systems
 * (see shared-ids.ts), counted once per group however many IDs they share. A pair a reviewer
 * dismissed in the review queue ("not the same person") is no longer counted.
 */
export const duplicatePeople: TCheck = async ({ sql, examples }) => {
  const [row] = await sql.query<{
    count: number;
    people: number;
    examples: {
      names: string[];
      ids: Pick<TSharedId, "family" | "shown" | "any_value">[];
      size: number;
    }[];
  }>(
    `WITH ${SHARED_IDS_SQL},
     groups AS (
       SELECT people, jsonb_agg(jsonb_build_object('family', family, 'shown', shown, 'any_value', any_value)
                                ORDER BY family, key) AS ids
         FROM shared_ids GROUP BY people
     ),
     open_groups AS (
       SELECT g.* FROM groups g
        WHERE NOT (cardinality(g.people) = 2 AND EXISTS (
                SELECT 1 FROM match_candidates m
                 WHERE m.status = 'dismissed'
                   AND ((m.person_a_id = g.people[1] AND m.person_b_id = g.people[2])
                     OR (m.person_a_id = g.people[2] AND m.person_b_id = g.people[1]))))
     )
     SELECT (SELECT count(*)::int FROM open_groups) AS count,
            (SELECT count(DISTINCT p)::int FROM open_groups, unnest(people) p) AS people,
            coalesce((SELECT jsonb_agg(t) FROM (
              SELECT (SELECT array_agg(pp.display_name ORDER BY pp.display_name)
                        FROM people pp WHERE pp.id = ANY(g.people)) AS names,
                     g.ids, cardinality(g.people) AS size
                FROM open_groups g
               ORDER BY cardinality(g.people) DESC, g.people LIMIT $1) t), '[]'::jsonb) AS examples`,
    [examples],
  );
  return {
    count: row?.count ?? 0,
    facts: { people: row?.people ?? 0 },
    examples: (row?.examples ?? []).map((g) => {
      const families = [...new Set(g.ids.map((i) => i.family))];
      return {
        label: `${g.names.join(", ")}: ${g.ids.map(describeSharedId).join("; ")}`,
        detail: `${plural(g.size, "person", "people")} sharing ${families.map(sharedKindPhrase).join(" and ")}`,
        count: g.size,
        fixPath: PEOPLE_PATHS.review,
        fixLabel: "Review",
        isPersonal: true,
      };
    }),
  };
};
