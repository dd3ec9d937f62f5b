import {
  ZCandidateListInputSchema,
  ZCandidateRefSchema,
  type TCandidate,
  type TCandidateReason,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { sqlOf } from "../quality/sql";
import { identifierOut } from "./shared";

/** Scores per reason: how sure a reviewer can start out. Never a reason to merge by itself. */
export const CANDIDATE_SCORES: Record<TCandidateReason | "reordered_name" | "middle_name", number> =
  {
    same_name: 0.95,
    reordered_name: 0.85,
    middle_name: 0.8,
    similar_name: 0.75,
    shared_email_local_part: 0.6,
  };

/**
 * Pairs of active people who may be one, found set-based in SQL and joined on keys so it stays
 * fast at 100,000 people: within one organisation the same name key, the same words in another
 * order, the same first and last word (a middle name more or less), or the same last word with one
 * first word a prefix of the other ("Alex"/"Alexander", "A."/"Ana"); in any organisation, e-mails
 * with the same local part (five characters or more, shared by at most three people) at different
 * domains. Written to match_candidates with reason and score; pairs already there (open, merged
 * or dismissed) are left as they are, so a dismissal stays dismissed.
 */
export async function findCandidates(db: TDb, actor: TActor) {
  return inTransaction(db, async (tx) => {
    const sql = sqlOf(tx);
    const [row] = await sql.query<{ found: number; added: number }>(
      `WITH p AS (
         SELECT id, organization_id AS org, name_key,
                split_part(name_key, ' ', 1) AS first,
                regexp_replace(name_key, '^.* ', '') AS last,
                (SELECT string_agg(w, ' ' ORDER BY w) FROM unnest(string_to_array(name_key, ' ')) w) AS sorted
           FROM people WHERE status = 'active' AND organization_id IS NOT NULL AND name_key <> ''
       ),
       emails AS (
         SELECT pi.person_id, split_part(pi.match_key, '@', 1) AS local,
                split_part(pi.match_key, '@', 2) AS domain
           FROM person_identifiers pi JOIN people pp ON pp.id = pi.person_id AND pp.status = 'active'
          WHERE pi.kind IN ('email', 'mbox') AND length(split_part(pi.match_key, '@', 1)) >= 5
       ),
       shared AS (
         SELECT e.* FROM emails e
          WHERE e.local IN (SELECT local FROM emails GROUP BY local
                             HAVING count(DISTINCT person_id) BETWEEN 2 AND 3)
       ),
       pairs AS (
         SELECT a.id AS a, b.id AS b, 'same_name' AS reason, ${CANDIDATE_SCORES.same_name}::float8 AS score
           FROM p a JOIN p b ON a.org = b.org AND a.name_key = b.name_key AND a.id < b.id
         UNION ALL
         SELECT a.id, b.id, 'similar_name', ${CANDIDATE_SCORES.reordered_name}
           FROM p a JOIN p b ON a.org = b.org AND a.sorted = b.sorted AND a.id < b.id
          WHERE a.name_key <> b.name_key
         UNION ALL
         SELECT a.id, b.id, 'similar_name',
                CASE WHEN a.first = b.first THEN ${CANDIDATE_SCORES.middle_name} ELSE ${CANDIDATE_SCORES.similar_name} END
           FROM p a JOIN p b ON a.org = b.org AND a.last = b.last AND a.id < b.id
          WHERE a.name_key <> b.name_key AND a.first <> a.last AND b.first <> b.last
            AND (a.first = b.first OR a.first LIKE b.first || '%' OR b.first LIKE a.first || '%')
         UNION ALL
         SELECT DISTINCT least(x.person_id, y.person_id), greatest(x.person_id, y.person_id),
                'shared_email_local_part', ${CANDIDATE_SCORES.shared_email_local_part}
           FROM shared x JOIN shared y
             ON x.local = y.local AND x.person_id < y.person_id AND x.domain <> y.domain
       ),
       best AS (SELECT DISTINCT ON (a, b) a, b, reason, score FROM pairs ORDER BY a, b, score DESC),
       added AS (
         INSERT INTO match_candidates (id, person_a_id, person_b_id, reason, score)
         SELECT gen_random_uuid(), a, b, reason, score FROM best
          WHERE NOT EXISTS (SELECT 1 FROM match_candidates m WHERE m.person_a_id = best.b AND m.person_b_id = best.a)
         ON CONFLICT (person_a_id, person_b_id) DO NOTHING
         RETURNING 1
       )
       SELECT (SELECT count(*)::int FROM best) AS found, (SELECT count(*)::int FROM added) AS added`,
    );
    const open = await openCount(tx);
    const result = { found: row?.found ?? 0, added: row?.added ?? 0, open };
    if (actor)
      await recordAudit(tx, {
        actor,
        action: "people.candidates.find",
        entityType: "match_candidates",
        entityId: "all",
        after: result,
      });
    return result;
  });
}

const OPEN_WHERE = `m.status = 'open'
  AND EXISTS (SELECT 1 FROM people a WHERE a.id = m.person_a_id AND a.status = 'active')
  AND EXISTS (SELECT 1 FROM people b WHERE b.id = m.person_b_id AND b.status = 'active')`;

async function openCount(db: TDb): Promise<number> {
  const [row] = await sqlOf(db).query<{ n: number }>(
    `SELECT count(*)::int AS n FROM match_candidates m WHERE ${OPEN_WHERE}`,
  );
  return row?.n ?? 0;
}

/** Open candidates, most alike first, with both people side by side. */
export async function listCandidates(
  db: TDb,
  raw: z.input<typeof ZCandidateListInputSchema>,
): Promise<{ items: TCandidate[]; total: number }> {
  const input = ZCandidateListInputSchema.parse(raw);
  const rows = await sqlOf(db).query<{ id: string }>(
    `SELECT m.id::text FROM match_candidates m WHERE ${OPEN_WHERE}
      ORDER BY m.score DESC, m.created_at, m.id LIMIT $1 OFFSET $2`,
    [input.limit, input.offset],
  );
  const candidates = await db.matchCandidate.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
  });
  const people = await db.person.findMany({
    where: { id: { in: candidates.flatMap((c) => [c.personAId, c.personBId]) } },
    include: {
      organization: { select: { id: true, name: true } },
      team: { select: { id: true, name: true } },
      identifiers: { orderBy: [{ system: "asc" }, { kind: "asc" }] },
    },
  });
  const byId = new Map(
    people.map((p) => [
      p.id,
      {
        id: p.id,
        displayName: p.displayName,
        organization: p.organization,
        team: p.team,
        identifiers: p.identifiers.map(identifierOut),
      },
    ]),
  );
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const items = candidates
    .sort((x, y) => order.get(x.id)! - order.get(y.id)!)
    .map((c) => ({
      id: c.id,
      reason: c.reason,
      score: c.score,
      createdAt: c.createdAt,
      a: byId.get(c.personAId)!,
      b: byId.get(c.personBId)!,
    }));
  return { items, total: await openCount(db) };
}

/** "Not the same person": the pair stays dismissed; later runs do not bring it back. */
export async function dismissCandidate(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZCandidateRefSchema>,
) {
  const input = ZCandidateRefSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const found = await tx.matchCandidate.findUnique({ where: { id: input.id } });
    if (!found) throw new DomainError("NOT_FOUND", "No candidate with this id.", "id");
    if (found.status !== "open")
      throw new DomainError("CONFLICT", `This candidate was already ${found.status}.`, "id");
    await tx.matchCandidate.update({
      where: { id: found.id },
      data: { status: "dismissed", decidedBy: actor?.id ?? null, decidedAt: new Date() },
    });
    await recordAudit(tx, {
      actor,
      action: "people.candidate.dismiss",
      entityType: "match_candidate",
      entityId: found.id,
      before: { status: found.status },
      after: { status: "dismissed" },
    });
    return { id: found.id };
  });
}
