import { randomUUID } from "node:crypto";
import type { TDatabase } from "@xroi/db";
import { DEFAULT_IDENTITY_SETTINGS as settings } from "../identity/settings";
import { emailSha1, isEmailKind, matchKeyOf, nameKey } from "../identity/normalize";

/** Test data for the quality checks, written with SQL the way imports and the LRS write it. */

export type TIdSpec = { system: string; kind: string; value: string };

export async function organization(
  db: TDatabase,
  name: string,
  kind: "member_company" | "client" | "internal" = "member_company",
): Promise<string> {
  const [row] = await db.sql.query<{ id: string }>(
    `INSERT INTO organizations (id, name, name_key, kind) VALUES (gen_random_uuid(), $1, $2, $3::organization_kind)
     RETURNING id::text`,
    [name, nameKey(name), kind],
  );
  return row!.id;
}

export async function person(
  db: TDatabase,
  name: string,
  ids: TIdSpec[],
  o: { organizationId?: string; status?: "active" | "merged" } = {},
): Promise<string> {
  const [row] = await db.sql.query<{ id: string }>(
    `INSERT INTO people (id, display_name, name_key, organization_id, status)
     VALUES (gen_random_uuid(), $1, $2, $3::uuid, $4::person_status) RETURNING id::text`,
    [name, nameKey(name), o.organizationId ?? null, o.status ?? "active"],
  );
  for (const id of ids) {
    const key = matchKeyOf(id.kind, id.value, settings);
    await db.sql.query(
      `INSERT INTO person_identifiers (id, person_id, system, kind, value, match_key, email_sha1)
       VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4, $5, $6)`,
      [row!.id, id.system, id.kind, id.value, key, isEmailKind(id.kind) ? emailSha1(key) : null],
    );
  }
  return row!.id;
}

let tick = 0;

/**
 * A statement row as the LRS stores it, and its actor's lrs_actors row (resolved to `personId`
 * when given). Only the columns the checks read matter.
 */
export async function statement(
  db: TDatabase,
  o: {
    actor: string;
    personId?: string | null;
    score?: Record<string, unknown>;
    timestamp?: string;
    stored?: string;
    activityId?: string;
    voided?: boolean;
  },
): Promise<string> {
  tick += 1;
  const id = randomUUID();
  const stored = o.stored ?? new Date(Date.UTC(2026, 5, 1) + tick * 1000).toISOString();
  const body = o.score ? { result: { score: o.score } } : {};
  await db.sql.query(
    `INSERT INTO lrs_statements (stored, id, statement, actor_ifi, verb_id, activity_id, timestamp, voided)
     VALUES ($1::timestamptz, $2::uuid, $3::jsonb, $4, 'http://adlnet.gov/expapi/verbs/completed', $5, $6::timestamptz, $7)`,
    [
      stored,
      id,
      JSON.stringify(body),
      o.actor,
      o.activityId ?? "https://lms.example/course/1",
      o.timestamp ?? stored,
      o.voided ?? false,
    ],
  );
  await db.sql.query(
    `INSERT INTO lrs_actors (actor_ifi, person_id, first_stored, resolved_by, resolved_at)
     VALUES ($1, $2::uuid, $3::timestamptz, CASE WHEN $2::uuid IS NOT NULL THEN 'email' END,
             CASE WHEN $2::uuid IS NOT NULL THEN now() END)
     ON CONFLICT (actor_ifi) DO NOTHING`,
    [o.actor, o.personId ?? null, stored],
  );
  return id;
}

/** Empties what the checks read, so each test starts from nothing. */
export async function clearQualityData(db: TDatabase): Promise<void> {
  await db.sql.exec(
    `DELETE FROM lrs_statements; DELETE FROM lrs_actors; DELETE FROM match_candidates;
     DELETE FROM person_identifiers; DELETE FROM people; DELETE FROM organizations;`,
  );
}
