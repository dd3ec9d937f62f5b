import { randomUUID } from "node:crypto";
import type { TSqlRunner } from "@xroi/db/sql";
import { nameKey } from "../identity/normalize";
import type { TPlan } from "./plan";

/**
 * Writes a plan that has no problems: organisations and teams it names, new people, new
 * identifiers (source "import:<id>"), and last_seen on identifiers seen again. One statement per
 * table, each taking its rows as one JSON parameter. Runs inside the caller's transaction.
 */
export async function writePlan(sql: TSqlRunner, plan: TPlan, importId: string): Promise<void> {
  const source = `import:${importId}`;
  const orgIds = new Map<string, string>();
  const newOrgs = [...plan.newOrganizations].map(([key, name]) => {
    const id = randomUUID();
    orgIds.set(key, id);
    return { id, name, name_key: key };
  });
  if (newOrgs.length > 0)
    await sql.query(
      `INSERT INTO organizations (id, name, name_key)
       SELECT id, name, name_key FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, name text, name_key text)`,
      [JSON.stringify(newOrgs)],
    );

  const newRows = plan.rows.filter((r) => r.action === "new");
  const teamIds = new Map<string, string>();
  const teams: { id: string; name: string; name_key: string; organization_id: string | null }[] =
    [];
  const people = newRows.map((row) => {
    const organizationId = row.organizationId ?? orgIds.get(row.organizationKey) ?? null;
    let teamId: string | null = null;
    if (row.team !== "") {
      const key = `${organizationId ?? ""}\u0001${nameKey(row.team)}`;
      teamId = teamIds.get(key) ?? null;
      if (!teamId) {
        teamId = randomUUID();
        teamIds.set(key, teamId);
        teams.push({
          id: teamId,
          name: row.team,
          name_key: nameKey(row.team),
          organization_id: organizationId,
        });
      }
    }
    return { id: randomUUID(), row, organization_id: organizationId, team_id: teamId };
  });
  if (teams.length > 0) {
    // Teams that exist already keep their id: insert the others, then read every id back.
    await sql.query(
      `INSERT INTO teams (id, name, name_key, organization_id)
       SELECT t.id, t.name, t.name_key, t.organization_id
         FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, name text, name_key text, organization_id uuid)
        WHERE NOT EXISTS (SELECT 1 FROM teams x WHERE x.name_key = t.name_key
                            AND x.organization_id IS NOT DISTINCT FROM t.organization_id)`,
      [JSON.stringify(teams)],
    );
    const stored = await sql.query<{ key: string; id: string }>(
      `SELECT coalesce(organization_id::text, '') || chr(1) || name_key AS key, id::text FROM teams
        WHERE name_key = ANY($1::text[])`,
      [[...new Set(teams.map((t) => t.name_key))]],
    );
    const byKey = new Map(stored.map((t) => [t.key, t.id]));
    const renamed = new Map(
      teams.map((t) => [t.id, byKey.get(`${t.organization_id ?? ""}\u0001${t.name_key}`) ?? t.id]),
    );
    for (const p of people) if (p.team_id) p.team_id = renamed.get(p.team_id) ?? p.team_id;
  }
  if (people.length > 0)
    await sql.query(
      `INSERT INTO people (id, display_name, name_key, organization_id, team_id)
       SELECT id, display_name, name_key, organization_id, team_id
         FROM jsonb_to_recordset($1::jsonb)
           AS p(id uuid, display_name text, name_key text, organization_id uuid, team_id uuid)`,
      [
        JSON.stringify(
          people.map((p) => ({
            id: p.id,
            display_name: p.row.displayName,
            name_key: nameKey(p.row.displayName),
            organization_id: p.organization_id,
            team_id: p.team_id,
          })),
        ),
      ],
    );

  const personOf = new Map(people.map((p) => [p.row.line, p.id]));
  const identifiers = plan.rows.flatMap((row) => {
    const personId = row.person?.id ?? personOf.get(row.line);
    if (!personId || row.action === "problem") return [];
    return row.ids
      .filter((i) => i.isNew)
      .map((i) => ({
        id: randomUUID(),
        person_id: personId,
        system: i.system,
        kind: i.kind,
        value: i.value,
        match_key: i.matchKey,
        email_sha1: i.emailSha1,
      }));
  });
  if (identifiers.length > 0)
    await sql.query(
      `INSERT INTO person_identifiers (id, person_id, system, kind, value, match_key, email_sha1, source, first_seen, last_seen)
       SELECT id, person_id, system, kind, value, match_key, email_sha1, $2, now(), now()
         FROM jsonb_to_recordset($1::jsonb)
           AS i(id uuid, person_id uuid, system text, kind text, value text, match_key text, email_sha1 text)`,
      [JSON.stringify(identifiers), source],
    );
  const seenAgain = plan.rows.flatMap((row) =>
    row.action === "matched" || row.action === "unchanged"
      ? row.ids
          .filter((i) => !i.isNew)
          .map((i) => ({ system: i.system, kind: i.kind, match_key: i.matchKey }))
      : [],
  );
  if (seenAgain.length > 0)
    await sql.query(
      `UPDATE person_identifiers pi SET last_seen = now()
         FROM jsonb_to_recordset($1::jsonb) AS k(system text, kind text, match_key text)
        WHERE pi.system = k.system AND pi.kind = k.kind AND pi.match_key = k.match_key`,
      [JSON.stringify(seenAgain)],
    );
}
