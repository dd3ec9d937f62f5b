import type { TSqlRunner } from "@xroi/db/sql";
import { EMAIL_KINDS, SINGLE_VALUE_KINDS } from "@xroi/validators";

/** A person who already holds an identifier. */
export type THolder = { id: string; displayName: string };

export type TExisting = {
  /** "system␁kind␁matchKey" -> holder. */
  byKey: Map<string, THolder>;
  /** Normalised e-mail -> holders of it in any system (the e-mail rule). */
  byEmail: Map<string, THolder[]>;
  /**
   * "personId␁system␁kind" -> the single-valued identifiers that person holds: one as a rule,
   * more after a merge kept both (a merge asks only about CRM IDs).
   */
  singles: Map<string, { value: string; matchKey: string }[]>;
  organizationsById: Map<string, { id: string; name: string }>;
  organizationsByKey: Map<string, { id: string; name: string }>;
  /** "organizationId␁teamNameKey" ("" for no organisation) -> team id. */
  teams: Map<string, string>;
};

/**
 * Everything the plan needs from the database in six queries whatever the file's size: each
 * takes its keys as one JSON or array parameter and joins on an index
 * (person_identifiers' unique key, (kind, match_key), person_id; organisations' keys).
 */
export async function lookupExisting(
  sql: TSqlRunner,
  input: {
    keys: { system: string; kind: string; match_key: string }[];
    emails: string[];
    organizationIds: string[];
    organizationKeys: string[];
  },
): Promise<TExisting> {
  const exact = await sql.query<{ key: string; id: string; name: string }>(
    `SELECT pi.system || chr(1) || pi.kind || chr(1) || pi.match_key AS key,
            p.id::text AS id, p.display_name AS name
       FROM jsonb_to_recordset($1::jsonb) AS k(system text, kind text, match_key text)
       JOIN person_identifiers pi ON pi.system = k.system AND pi.kind = k.kind AND pi.match_key = k.match_key
       JOIN people p ON p.id = pi.person_id`,
    [JSON.stringify(input.keys)],
  );
  const emails =
    input.emails.length === 0
      ? []
      : await sql.query<{ email: string; id: string; name: string }>(
          `SELECT DISTINCT pi.match_key AS email, p.id::text AS id, p.display_name AS name
             FROM person_identifiers pi JOIN people p ON p.id = pi.person_id
            WHERE pi.kind = ANY($1::text[]) AND pi.match_key = ANY($2::text[])
            ORDER BY 1, 2`,
          [[...EMAIL_KINDS], [...new Set(input.emails)]],
        );
  const holders = [...new Set([...exact.map((h) => h.id), ...emails.map((h) => h.id)])];
  const singles =
    holders.length === 0
      ? []
      : await sql.query<{ key: string; value: string; match_key: string }>(
          `SELECT person_id::text || chr(1) || system || chr(1) || kind AS key, value, match_key
             FROM person_identifiers WHERE person_id = ANY($1::uuid[]) AND kind = ANY($2::text[])`,
          [holders, [...SINGLE_VALUE_KINDS]],
        );
  const orgs = await sql.query<{
    id: string;
    name: string;
    name_key: string;
    external_id: string | null;
  }>(
    `SELECT id::text, name, name_key, external_id FROM organizations
      WHERE external_id = ANY($1::text[]) OR name_key = ANY($2::text[])`,
    [[...new Set(input.organizationIds)], [...new Set(input.organizationKeys)]],
  );
  const teams = await sql.query<{ key: string; id: string }>(
    `SELECT coalesce(organization_id::text, '') || chr(1) || name_key AS key, id::text FROM teams
      WHERE organization_id IS NULL OR organization_id = ANY($1::uuid[])`,
    [orgs.map((o) => o.id)],
  );
  const byEmail = new Map<string, THolder[]>();
  for (const e of emails) {
    const list = byEmail.get(e.email) ?? [];
    list.push({ id: e.id, displayName: e.name });
    byEmail.set(e.email, list);
  }
  return {
    byKey: new Map(exact.map((h) => [h.key, { id: h.id, displayName: h.name }])),
    byEmail,
    singles: groupSingles(singles),
    organizationsById: new Map(
      orgs.filter((o) => o.external_id !== null).map((o) => [o.external_id!, o]),
    ),
    organizationsByKey: new Map(orgs.map((o) => [o.name_key, o])),
    teams: new Map(teams.map((t) => [t.key, t.id])),
  };
}

function groupSingles(rows: { key: string; value: string; match_key: string }[]) {
  const out = new Map<string, { value: string; matchKey: string }[]>();
  for (const r of rows) {
    const held = out.get(r.key) ?? [];
    held.push({ value: r.value, matchKey: r.match_key });
    out.set(r.key, held);
  }
  return out;
}
