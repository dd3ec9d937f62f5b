import { randomUUID } from "node:crypto";
import type { TDb } from "../db";

/** A statement written straight into lrs_statements for tests (core cannot call packages/lrs). */
export type TStatementFixture = {
  email: string;
  name?: string;
  verb?: string;
  verbDisplay?: Record<string, string>;
  activity?: string;
  activityName?: Record<string, string>;
  /** ISO to the microsecond; the column is unique, as the LRS clock makes it. */
  stored: string;
  credentialId?: string | null;
  result?: Record<string, unknown>;
  isVoided?: boolean;
};

export const VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

export async function insertStatements(db: TDb, fixtures: TStatementFixture[]): Promise<string[]> {
  const ids: string[] = [];
  for (const f of fixtures) {
    const id = randomUUID();
    const verb = f.verb ?? VERB_COMPLETED;
    const activity = f.activity ?? "https://courses.example.org/negotiation";
    const statement = {
      id,
      actor: {
        objectType: "Agent",
        ...(f.name ? { name: f.name } : {}),
        mbox: `mailto:${f.email}`,
      },
      verb: { id: verb, ...(f.verbDisplay ? { display: f.verbDisplay } : {}) },
      object: {
        objectType: "Activity",
        id: activity,
        ...(f.activityName ? { definition: { name: f.activityName } } : {}),
      },
      ...(f.result ? { result: f.result } : {}),
      stored: f.stored,
      timestamp: f.stored,
      version: "2.0.0",
    };
    await db.$executeRaw`
      INSERT INTO lrs_statements (id, stored, statement, actor_ifi, verb_id, activity_id,
                                  timestamp, voided, credential_id)
      VALUES (${id}::uuid, ${f.stored}::timestamptz, ${JSON.stringify(statement)}::jsonb,
              ${`mbox:mailto:${f.email}`}, ${verb}, ${activity}, ${f.stored}::timestamptz,
              ${f.isVoided ?? false}, ${f.credentialId ?? null}::uuid)`;
    ids.push(id);
  }
  return ids;
}

/**
 * Many statements over a few actors, verbs, activities and credentials, vacuumed and analysed, so
 * the planner chooses as it would on a real table rather than for a handful of rows. (PGlite
 * starts with enable_seqscan off; PostgreSQL does not, and the plans are checked on both.)
 */
export async function insertManyStatements(
  db: TDb,
  count: number,
  credentialIds: string[],
): Promise<void> {
  await db.$executeRaw`
    INSERT INTO lrs_statements (id, stored, statement, actor_ifi, verb_id, activity_id, timestamp,
                                voided, credential_id)
    SELECT gen_random_uuid(), t, '{}'::jsonb, 'mbox:mailto:learner' || (i % 200) || '@example.org',
           'https://verbs.example.org/v' || (i % 25), 'https://acts.example.org/a' || (i % 100), t,
           false, (${JSON.stringify(credentialIds)}::jsonb ->> (i % ${credentialIds.length}))::uuid
      FROM generate_series(1, ${count}) AS i,
           LATERAL (SELECT timestamptz '2025-01-01T00:00:00Z' + i * interval '1 minute') AS g(t)`;
  // As autovacuum would: statistics for the planner, and the visibility map for index-only scans.
  await db.$executeRawUnsafe("VACUUM ANALYZE lrs_statements");
}
