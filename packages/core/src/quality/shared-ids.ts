/**
 * ID values held by two or more active people, for duplicate_people and identifiers_claimed_twice.
 *
 * A value belongs to one person per system and kind (the unique key), so two people can share
 * one only across systems. Compared across systems:
 * - e-mail: kinds email and mbox by the SHA-1 of the normalised address (email_sha1, else the
 *   address itself), which also matches an mbox_sha1sum identifier to the address it hashes;
 * - every other kind by its normalised value (match_key), within the kind: a CRM contact id the
 *   events platform also carries, a login, an xAPI account ("<homePage> <name>"), an OpenID.
 * Not `user_id`: each system numbers its own users, so user 42 in the LMS and user 42 in the
 * webinar tool are unrelated.
 *
 * One pass over person_identifiers joined to the active people, grouped by (family, key).
 * Columns: family, shown (a readable value: the address rather than its hash), people (uuid[],
 * sorted), systems (text[]).
 */
export const SHARED_IDS_SQL = `
  shared_ids AS (
    SELECT x.family, x.key,
           min(x.match_key) FILTER (WHERE x.kind <> 'mbox_sha1sum') AS shown,
           min(x.match_key) AS any_value,
           array_agg(DISTINCT x.person_id ORDER BY x.person_id) AS people,
           array_agg(DISTINCT x.system ORDER BY x.system) AS systems
      FROM (
        SELECT pi.person_id, pi.system, pi.kind, pi.match_key,
               CASE WHEN pi.kind IN ('email', 'mbox', 'mbox_sha1sum') THEN 'email' ELSE pi.kind END AS family,
               CASE WHEN pi.kind IN ('email', 'mbox') THEN coalesce(pi.email_sha1, pi.match_key)
                    ELSE pi.match_key END AS key
          FROM person_identifiers pi
          JOIN people p ON p.id = pi.person_id AND p.status = 'active'
         WHERE pi.kind <> 'user_id'
      ) x
     GROUP BY x.family, x.key
    HAVING count(DISTINCT x.person_id) > 1
  )`;

export type TSharedId = {
  family: string;
  shown: string | null;
  any_value: string;
  people: string[];
  systems: string[];
};

/** "e-mail ana@example.org", "login anadev", "contact_id C-1042". */
export function describeSharedId(id: Pick<TSharedId, "family" | "shown" | "any_value">): string {
  const value = id.shown ?? id.any_value;
  return id.family === "email" ? `e-mail ${value}` : `${id.family} ${value}`;
}

/** "an e-mail address", "a contact_id": what is shared, without the value. */
export function sharedKindPhrase(family: string): string {
  return family === "email" ? "an e-mail address" : `a ${family}`;
}
