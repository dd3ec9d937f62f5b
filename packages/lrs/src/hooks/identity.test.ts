import { identity } from "@xroi/core";
import { identityIngestHooks } from "@xroi/core/ingest";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestLrs, makeStatement } from "../testing/harness";

const settings = identity.DEFAULT_IDENTITY_SETTINGS;

async function person(
  db: TDatabase,
  name: string,
  ids: { system: string; kind: string; value: string }[],
) {
  const [row] = await db.sql.query<{ id: string }>(
    "INSERT INTO people (id, display_name, name_key) VALUES (gen_random_uuid(), $1, $2) RETURNING id::text",
    [name, identity.nameKey(name)],
  );
  for (const id of ids) {
    const key = identity.matchKeyOf(id.kind, id.value, settings);
    await db.sql.query(
      `INSERT INTO person_identifiers (id, person_id, system, kind, value, match_key, email_sha1)
       VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4, $5, $6)`,
      [
        row!.id,
        id.system,
        id.kind,
        id.value,
        key,
        identity.isEmailKind(id.kind) ? identity.emailSha1(key) : null,
      ],
    );
  }
  return row!.id;
}

const actorOf = async (db: TDatabase, ifi: string) =>
  (
    await db.sql.query<{ person: string | null; rule: string | null }>(
      "SELECT person_id::text AS person, resolved_by AS rule FROM lrs_actors WHERE actor_ifi = $1",
      [ifi],
    )
  )[0];

describe(`actors resolve to people at ingest and later, on ${testEngine()}`, () => {
  let db: TDatabase;
  let lrs: Awaited<ReturnType<typeof createTestLrs>>;
  let ana = "";
  let ben = "";
  beforeAll(async () => {
    db = await openTestDatabase();
    lrs = await createTestLrs(db, { hooks: identityIngestHooks({ settingsTtlMs: 0 }) });
    ana = await person(db, "Ana Lima", [
      { system: "crm", kind: "email", value: " Ana@Example.org" },
    ]);
    ben = await person(db, "Ben Okoro", [{ system: "github", kind: "login", value: "bendev" }]);
    // The same address on two people: a duplicate, so the e-mail rule must not guess.
    await person(db, "Cy Park", [{ system: "lms", kind: "email", value: "cy@example.org" }]);
    await person(db, "Cy Park (CRM)", [{ system: "crm", kind: "email", value: "cy@example.org" }]);
  });
  afterAll(async () => {
    await db.close();
  });

  it("resolves each actor by the first rule that finds exactly one person", async () => {
    const sha = identity.emailSha1("ana@example.org");
    const res = await lrs.call("POST", "/statements", {
      body: [
        makeStatement({ actor: { mbox: "mailto:ANA@example.org" } }),
        makeStatement({ actor: { account: { homePage: "https://github.com", name: "bendev" } } }),
        makeStatement({ actor: { mbox_sha1sum: sha } }),
        makeStatement({ actor: { mbox: "mailto:cy@example.org" } }),
        makeStatement({ actor: { mbox: "mailto:dee@example.org" } }),
      ],
    });
    expect(res.status).toBe(200);
    expect(await actorOf(db, "mbox:mailto:ANA@example.org")).toEqual({
      person: ana,
      rule: "email",
    });
    expect(await actorOf(db, "account:https://github.com bendev")).toEqual({
      person: ben,
      rule: "external_id",
    });
    expect(await actorOf(db, `mbox_sha1sum:${sha}`)).toEqual({ person: ana, rule: "mbox_sha1sum" });
    expect(await actorOf(db, "mbox:mailto:cy@example.org")).toEqual({ person: null, rule: null });
    expect(await actorOf(db, "mbox:mailto:dee@example.org")).toEqual({ person: null, rule: null });
  });

  it("resolves an actor when its mapping arrives, without touching its statements", async () => {
    const before = await db.sql.query<{ statement: unknown }>(
      "SELECT statement FROM lrs_statements WHERE actor_ifi = 'mbox:mailto:dee@example.org'",
    );
    const dee = await person(db, "Dee Ng", [
      { system: "webinar", kind: "email", value: "Dee@example.org" },
    ]);
    const result = await identity.resolveStoredActors(db.sql);
    expect(result.changed).toBe(1);
    expect(result.unresolved).toBe(1); // Cy stays ambiguous
    expect(await actorOf(db, "mbox:mailto:dee@example.org")).toEqual({
      person: dee,
      rule: "email",
    });
    const after = await db.sql.query<{ statement: unknown }>(
      "SELECT statement FROM lrs_statements WHERE actor_ifi = 'mbox:mailto:dee@example.org'",
    );
    expect(after).toEqual(before);
    // A known actor keeps its person on later statements without asking the rules again.
    await lrs.call("POST", "/statements", {
      body: makeStatement({ actor: { mbox: "mailto:dee@example.org" } }),
    });
    expect(await actorOf(db, "mbox:mailto:dee@example.org")).toEqual({
      person: dee,
      rule: "email",
    });
  });
});
