import {
  ZPeopleSearchInputSchema,
  type TPeopleSearchInput,
  type TPeopleSearchResult,
} from "@xroi/validators";
import type { TDb } from "../db";
import { emailSha1, nameKey, normalizeEmail, parseActorIfi } from "../identity/normalize";
import { readIdentitySettings } from "../identity/settings";
import { sqlOf } from "../quality/sql";

type TRow = {
  id: string;
  displayName: string;
  status: "active" | "merged";
  orgId: string | null;
  orgName: string | null;
  teamId: string | null;
  teamName: string | null;
  identifierCount: number;
  matched: string | null;
};

function page(rows: TRow[], total: number, offset: number): TPeopleSearchResult {
  const next = offset + rows.length;
  return {
    items: rows.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      status: r.status,
      organization: r.orgId ? { id: r.orgId, name: r.orgName ?? "" } : null,
      team: r.teamId ? { id: r.teamId, name: r.teamName ?? "" } : null,
      identifierCount: r.identifierCount,
      matched: r.matched,
    })),
    total,
    nextOffset: next < total ? next : null,
  };
}

/** Escapes LIKE's wildcards so a typed "_" or "%" matches itself. */
const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * People by any identifier or by name, active people first, paged. What is typed is tried as:
 * an e-mail (normalised as the matching rules do, so case and plus-addressing do not matter, and
 * its SHA-1 for mbox_sha1sum identifiers); an xAPI actor IFI (through lrs_actors); an identifier
 * value or its prefix, case-insensitive (GitHub login, LMS/CRM/Jira id, an xAPI account's name);
 * a name prefix, of the whole name or of any word in it. Every branch is an index lookup except
 * the word-prefix one, a scan of people's name keys (about 40 ms at 100,000 people on PostgreSQL,
 * 250 ms on PGlite), left out when the text has a digit, "@", ":" or "_" (an ID, not a name).
 */
export async function searchPeople(db: TDb, raw: TPeopleSearchInput): Promise<TPeopleSearchResult> {
  const input = ZPeopleSearchInputSchema.parse(raw);
  const q = input.q;
  const sql = sqlOf(db);
  if (q === "") return listEveryone(db, input.limit, input.offset);
  const settings = await readIdentitySettings(sql);
  const email = q.includes("@") ? normalizeEmail(q, settings) : null;
  const ifi = parseActorIfi(q);
  const key = nameKey(q);
  const rows = await sql.query<TRow & { total: number }>(
    `WITH hits AS (
       SELECT pi.person_id, 0 AS rank, pi.system || ' ' || pi.kind || ': ' || pi.value AS matched
         FROM person_identifiers pi
        WHERE $2::text IS NOT NULL AND pi.kind IN ('email', 'mbox') AND pi.match_key = $2
       UNION ALL
       SELECT pi.person_id, 0, pi.system || ' ' || pi.kind || ': ' || pi.value
         FROM person_identifiers pi WHERE $3::text IS NOT NULL AND pi.email_sha1 = $3
       UNION ALL
       SELECT a.person_id, 0, 'xAPI actor: ' || a.actor_ifi
         FROM lrs_actors a WHERE $4::text IS NOT NULL AND a.actor_ifi = $4 AND a.person_id IS NOT NULL
       UNION ALL
       SELECT pi.person_id, CASE WHEN lower(pi.match_key) = lower($1) THEN 1 ELSE 3 END,
              pi.system || ' ' || pi.kind || ': ' || pi.value
         FROM person_identifiers pi
        WHERE $1 <> '' AND lower(pi.match_key) LIKE lower($5) ESCAPE '\\'
       UNION ALL
       SELECT pi.person_id, 1, pi.system || ' ' || pi.kind || ': ' || pi.value
         FROM person_identifiers pi
        WHERE $1 <> '' AND pi.kind = 'account' AND lower(split_part(pi.match_key, ' ', 2)) = lower($1)
       UNION ALL
       SELECT p.id, CASE WHEN p.name_key = $6 THEN 2 ELSE 4 END, 'name'
         FROM people p WHERE $6 <> '' AND p.name_key LIKE $7 ESCAPE '\\'
       UNION ALL
       SELECT p.id, 5, 'name'
         FROM people p WHERE $6 <> '' AND $8 <> '' AND p.name_key LIKE $8 ESCAPE '\\'
     ),
     best AS (
       SELECT DISTINCT ON (person_id) person_id, rank, matched FROM hits ORDER BY person_id, rank, matched
     ),
     listed AS (
       SELECT p.id, p.display_name, p.name_key, p.status, p.organization_id, p.team_id,
              b.rank, b.matched
         FROM best b JOIN people p ON p.id = b.person_id
     )
     SELECT l.id::text, l.display_name AS "displayName", l.status::text AS status,
            o.id::text AS "orgId", o.name AS "orgName", t.id::text AS "teamId", t.name AS "teamName",
            (SELECT count(*)::int FROM person_identifiers pi WHERE pi.person_id = l.id) AS "identifierCount",
            l.matched, count(*) OVER ()::int AS total
       FROM listed l
       LEFT JOIN organizations o ON o.id = l.organization_id
       LEFT JOIN teams t ON t.id = l.team_id
      ORDER BY l.status = 'merged', l.rank, l.name_key, l.id
      LIMIT $9 OFFSET $10`,
    [
      q,
      email,
      email ? emailSha1(email) : null,
      ifi ? q : null,
      likePrefix(q.toLowerCase()),
      key,
      likePrefix(key),
      // The one branch that scans: skipped for what looks like an ID rather than a name.
      /[\d@:_]/.test(q) ? "" : `% ${likePrefix(key)}`,
      input.limit,
      input.offset,
    ],
  );
  return page(rows, rows[0]?.total ?? 0, input.offset);
}

/** Everyone by name, a page at a time: read in name order off the name_key index. */
async function listEveryone(db: TDb, limit: number, offset: number): Promise<TPeopleSearchResult> {
  const sql = sqlOf(db);
  const [rows, [count]] = await Promise.all([
    sql.query<TRow>(
      `SELECT p.id::text, p.display_name AS "displayName", p.status::text AS status,
              o.id::text AS "orgId", o.name AS "orgName", t.id::text AS "teamId", t.name AS "teamName",
              (SELECT count(*)::int FROM person_identifiers pi WHERE pi.person_id = p.id) AS "identifierCount",
              NULL AS matched
         FROM (SELECT * FROM people ORDER BY name_key, id LIMIT $1 OFFSET $2) p
         LEFT JOIN organizations o ON o.id = p.organization_id
         LEFT JOIN teams t ON t.id = p.team_id
        ORDER BY p.name_key, p.id`,
      [limit, offset],
    ),
    sql.query<{ n: number }>("SELECT count(*)::int AS n FROM people"),
  ]);
  return page(rows, count?.n ?? 0, offset);
}
