import type { TSqlRunner } from "@xroi/db/sql";
import { EMAIL_KINDS, type TIdentitySettings, type TMatchRule } from "@xroi/validators";
import { matchKeyOf, normalizeEmail, parseActorIfi } from "./normalize";
import { readIdentitySettings } from "./settings";

/**
 * Actor -> person, by the ordered deterministic rules (validators/identity.ts). SQL only (no ORM),
 * because it runs inside the LRS's ingest transaction as well as in the admin screens.
 */
export type TResolution = { personId: string; rule: TMatchRule };

type TLookup = {
  ifi: string;
  rule: TMatchRule;
  rank: number;
  system: string | null;
  kinds: string[];
  match_key: string | null;
  email_sha1: string | null;
};

const sameHomePage = (a: string, b: string) => a.replace(/\/+$/, "") === b.replace(/\/+$/, "");

/** What each enabled rule looks for, for one actor. */
export function lookupsFor(ifi: string, settings: TIdentitySettings): TLookup[] {
  const actor = parseActorIfi(ifi);
  if (!actor) return [];
  const out: TLookup[] = [];
  settings.rules.forEach(({ rule, enabled }, rank) => {
    if (!enabled) return;
    const base = { ifi, rule, rank, system: null, match_key: null, email_sha1: null };
    if (rule === "xapi_exact")
      out.push({
        ...base,
        system: "xapi",
        kinds: [actor.kind],
        match_key: matchKeyOf(actor.kind, actor.value, settings),
      });
    else if (rule === "external_id" && actor.kind === "account") {
      for (const s of settings.accountSystems)
        if (sameHomePage(s.homePage, actor.homePage))
          out.push({ ...base, system: s.system, kinds: [s.kind], match_key: actor.name.trim() });
    } else if (rule === "email" && actor.kind === "mbox")
      out.push({
        ...base,
        kinds: [...EMAIL_KINDS],
        match_key: normalizeEmail(actor.value, settings),
      });
    else if (rule === "mbox_sha1sum" && actor.kind === "mbox_sha1sum")
      out.push({ ...base, kinds: [], email_sha1: actor.value.toLowerCase() });
  });
  return out;
}

const LOOKUP_SQL = `
WITH l AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb)
    AS l(ifi text, rule text, rank int, system text, kinds text[], match_key text, email_sha1 text)
)
SELECT l.ifi, l.rule, l.rank, pi.person_id::text AS "personId"
  FROM l JOIN person_identifiers pi
    ON pi.kind = ANY(l.kinds) AND pi.match_key = l.match_key AND (l.system IS NULL OR pi.system = l.system)
 WHERE l.match_key IS NOT NULL
UNION ALL
SELECT l.ifi, l.rule, l.rank, pi.person_id::text
  FROM l JOIN person_identifiers pi ON pi.email_sha1 = l.email_sha1
 WHERE l.email_sha1 IS NOT NULL`;

/**
 * The person each actor resolves to. The first rule (in the settings' order) that finds anyone
 * decides; if it finds two different people the actor stays unresolved (a duplicate the quality
 * checks report), never a guess.
 */
export async function resolveActorIfis(
  sql: TSqlRunner,
  ifis: string[],
  settings: TIdentitySettings,
): Promise<Map<string, TResolution>> {
  const lookups = ifis.flatMap((ifi) => lookupsFor(ifi, settings));
  const resolved = new Map<string, TResolution>();
  if (lookups.length === 0) return resolved;
  const hits = await sql.query<{ ifi: string; rule: TMatchRule; rank: number; personId: string }>(
    LOOKUP_SQL,
    [JSON.stringify(lookups)],
  );
  const best = new Map<string, { rank: number; rule: TMatchRule; people: Set<string> }>();
  for (const h of hits) {
    const seen = best.get(h.ifi);
    if (!seen || h.rank < seen.rank)
      best.set(h.ifi, { rank: h.rank, rule: h.rule, people: new Set([h.personId]) });
    else if (h.rank === seen.rank) seen.people.add(h.personId);
  }
  for (const [ifi, b] of best)
    if (b.people.size === 1) resolved.set(ifi, { personId: [...b.people][0]!, rule: b.rule });
  return resolved;
}

const CHUNK = 5000;

/**
 * Resolves actors the LRS already holds, without touching their statements: every unresolved
 * actor (after an import or a new identifier), or every actor (after a merge, split or settings
 * change; an actor whose person no longer follows from the rules becomes unresolved). Returns how
 * many actors were looked at and how many changed.
 */
export async function resolveStoredActors(
  sql: TSqlRunner,
  options: {
    scope: "unresolved" | "all";
    /** With "unresolved": also the actors these people hold (after a merge, split or edit). */
    personIds?: string[];
  } = { scope: "unresolved" },
): Promise<{ checked: number; changed: number; unresolved: number }> {
  const settings = await readIdentitySettings(sql);
  let after = "";
  let checked = 0;
  let changed = 0;
  for (;;) {
    const rows = await sql.query<{ ifi: string; personId: string | null }>(
      `SELECT actor_ifi AS ifi, person_id::text AS "personId" FROM lrs_actors
        WHERE actor_ifi > $1 ${options.scope === "unresolved" ? "AND (person_id IS NULL OR person_id = ANY($2::uuid[]))" : ""}
        ORDER BY actor_ifi LIMIT ${CHUNK}`,
      options.scope === "unresolved" ? [after, options.personIds ?? []] : [after],
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.ifi;
    checked += rows.length;
    const resolved = await resolveActorIfis(
      sql,
      rows.map((r) => r.ifi),
      settings,
    );
    const updates = rows.flatMap((r) => {
      const next = resolved.get(r.ifi);
      if ((next?.personId ?? null) === r.personId) return [];
      return [{ ifi: r.ifi, person_id: next?.personId ?? null, rule: next?.rule ?? null }];
    });
    if (updates.length > 0) {
      await sql.query(
        `UPDATE lrs_actors a
            SET person_id = u.person_id, resolved_by = u.rule,
                resolved_at = CASE WHEN u.person_id IS NULL THEN NULL ELSE now() END
           FROM jsonb_to_recordset($1::jsonb) AS u(ifi text, person_id uuid, rule text)
          WHERE a.actor_ifi = u.ifi`,
        [JSON.stringify(updates)],
      );
      changed += updates.length;
    }
  }
  const [row] = await sql.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM lrs_actors WHERE person_id IS NULL",
  );
  return { checked, changed, unresolved: row?.n ?? 0 };
}
