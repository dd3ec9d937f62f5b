import type { TLearningSummary, TPersonDetail } from "@xroi/validators";
import type { TDb } from "../db";
import { sqlOf } from "../quality/sql";
import type { TMoved } from "./merge";
import { identifierOut, personOrThrow } from "./shared";
import { undoBlocker } from "./undo-merge";

const COMPLETED = `s.verb_id IN ('http://adlnet.gov/expapi/verbs/completed', 'http://adlnet.gov/expapi/verbs/passed')
                   OR s.statement -> 'result' ->> 'completion' = 'true'`;

/**
 * What the LRS holds from a person's xAPI actors (lrs_actors), voided statements left out:
 * statement count, completions (as ledger/lrs-figures.ts counts them), first and last activity
 * (the statement timestamp), and the most used verbs and activities. Reads through the
 * (actor_ifi, stored) index, one person's statements only.
 */
export async function learningSummary(db: TDb, personId: string): Promise<TLearningSummary> {
  const sql = sqlOf(db);
  const [row] = await sql.query<{
    actors: string[];
    statements: number;
    completions: number;
    first: Date | null;
    last: Date | null;
    verbs: { id: string; count: number }[];
    activities: { id: string; count: number }[];
  }>(
    `WITH a AS (SELECT actor_ifi FROM lrs_actors WHERE person_id = $1::uuid),
     s AS (SELECT s.* FROM lrs_statements s JOIN a ON a.actor_ifi = s.actor_ifi WHERE NOT s.voided)
     SELECT (SELECT coalesce(array_agg(actor_ifi ORDER BY actor_ifi), '{}') FROM a) AS actors,
            (SELECT count(*)::int FROM s) AS statements,
            (SELECT count(*)::int FROM s WHERE ${COMPLETED}) AS completions,
            (SELECT min(timestamp) FROM s) AS first, (SELECT max(timestamp) FROM s) AS last,
            coalesce((SELECT jsonb_agg(t) FROM (SELECT verb_id AS id, count(*)::int AS count FROM s
                       GROUP BY verb_id ORDER BY count(*) DESC, verb_id LIMIT 5) t), '[]') AS verbs,
            coalesce((SELECT jsonb_agg(t) FROM (SELECT activity_id AS id, count(*)::int AS count FROM s
                       WHERE activity_id IS NOT NULL
                       GROUP BY activity_id ORDER BY count(*) DESC, activity_id LIMIT 5) t), '[]') AS activities`,
    [personId],
  );
  return {
    actors: row?.actors ?? [],
    statements: row?.statements ?? 0,
    completions: row?.completions ?? 0,
    firstActivity: row?.first ? new Date(row.first) : null,
    lastActivity: row?.last ? new Date(row.last) : null,
    topVerbs: row?.verbs ?? [],
    topActivities: row?.activities ?? [],
  };
}

/** One person as the person page shows them. Merged people still open, pointing at the survivor. */
export async function getPerson(db: TDb, id: string): Promise<TPersonDetail> {
  const person = await personOrThrow(db, id);
  const [org, team, mergedInto, identifiers, merges, learning] = await Promise.all([
    person.organizationId
      ? db.organization.findUnique({ where: { id: person.organizationId } })
      : null,
    person.teamId ? db.team.findUnique({ where: { id: person.teamId } }) : null,
    person.mergedIntoId ? db.person.findUnique({ where: { id: person.mergedIntoId } }) : null,
    db.personIdentifier.findMany({
      where: { personId: id },
      orderBy: [{ system: "asc" }, { kind: "asc" }, { matchKey: "asc" }],
    }),
    db.personMerge.findMany({
      where: { OR: [{ survivorId: id }, { mergedId: id }] },
      orderBy: { mergedAt: "desc" },
      take: 50,
    }),
    learningSummary(db, id),
  ]);
  const others = await db.person.findMany({
    where: { id: { in: merges.flatMap((m) => [m.survivorId, m.mergedId]) } },
    select: { id: true, displayName: true },
  });
  const names = new Map(others.map((p) => [p.id, p.displayName]));
  const users = await db.user.findMany({
    where: { id: { in: merges.map((m) => m.mergedBy).filter((u): u is string => !!u) } },
    select: { id: true, name: true, email: true },
  });
  const userNames = new Map(users.map((u) => [u.id, u.name || u.email]));
  return {
    id: person.id,
    displayName: person.displayName,
    status: person.status,
    mergedInto: mergedInto ? { id: mergedInto.id, name: mergedInto.displayName } : null,
    organization: org ? { id: org.id, name: org.name } : null,
    team: team ? { id: team.id, name: team.name } : null,
    createdAt: person.createdAt,
    identifiers: identifiers.map(identifierOut),
    merges: await Promise.all(
      merges.map(async (m) => {
        const moved = m.moved as TMoved;
        return {
          id: m.id,
          survivor: { id: m.survivorId, name: names.get(m.survivorId) ?? "" },
          merged: { id: m.mergedId, name: names.get(m.mergedId) ?? moved.person.displayName },
          mergedAt: m.mergedAt,
          mergedBy: m.mergedBy ? (userNames.get(m.mergedBy) ?? m.mergedBy) : null,
          undoneAt: m.undoneAt,
          identifiersMoved: moved.identifiers.length,
          actorsMoved: moved.actors.length,
          undoBlocker: m.undoneAt ? null : await undoBlocker(db, m),
        };
      }),
    ),
    learning,
  };
}
