import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailSha1 } from "../identity/normalize";
import { DEFAULT_IDENTITY_SETTINGS as settings } from "../identity/settings";
import { CHECKS } from "./checks";
import { clearQualityData, organization, person, statement } from "./fixtures";

describe(`data-quality checks on people and IDs, on ${testEngine()}`, () => {
  let db: TDatabase;
  const run = (check: keyof typeof CHECKS) => CHECKS[check]({ sql: db.sql, settings, examples: 5 });
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());
  beforeEach(async () => clearQualityData(db));

  it("unmapped_actors: counts statements of unresolved actors, most active first", async () => {
    expect(await run("unmapped_actors")).toEqual({ count: 0, facts: { actors: 0 }, examples: [] });
    const ana = await person(db, "Ana Lima", [
      { system: "crm", kind: "email", value: "ana@example.org" },
    ]);
    await statement(db, { actor: "mbox:mailto:ana@example.org", personId: ana });
    for (let i = 0; i < 3; i++) await statement(db, { actor: "mbox:mailto:cy@example.org" });
    await statement(db, { actor: "mbox:mailto:cy@example.org", voided: true });
    await statement(db, { actor: "account:https://github.com deedev" });
    await statement(db, { actor: "group:anonymous" });
    const result = await run("unmapped_actors");
    expect(result).toMatchObject({ count: 4, facts: { actors: 2 } });
    expect(result.examples).toEqual([
      {
        label: "mbox:mailto:cy@example.org",
        detail: "3 statements from this actor, which no person has",
        count: 3,
        fixPath: "/people?q=cy%40example.org",
        fixLabel: "Find the person",
        isPersonal: true,
      },
      expect.objectContaining({
        label: "account:https://github.com deedev",
        count: 1,
        fixPath: "/people?q=deedev",
      }),
    ]);
    // Most actors unresolved: counted in one pass. Once they are few, through the index per
    // actor; the answer is the same.
    for (let i = 0; i < 12; i++)
      await statement(db, { actor: `mbox:mailto:known${i}@example.org`, personId: ana });
    expect(await run("unmapped_actors")).toEqual(result);
  });

  it("people_without_crm_id: active people outside the organisation itself with no CRM ID", async () => {
    const acme = await organization(db, "Acme Freight");
    const us = await organization(db, "Our Chamber", "internal");
    await person(db, "Ana Lima", [{ system: "crm", kind: "contact_id", value: "C-1" }], {
      organizationId: acme,
    });
    const ben = await person(db, "Ben Okoro", [{ system: "lms", kind: "user_id", value: "42" }], {
      organizationId: acme,
    });
    await person(db, "Staff Member", [], { organizationId: us });
    await person(db, "Merged Away", [], { status: "merged" });
    await person(db, "Cy Park", []);
    const result = await run("people_without_crm_id");
    expect(result).toMatchObject({ count: 2, facts: { activePeople: 3 } });
    expect(result.examples.map((e) => [e.label, e.fixPath])).toEqual([
      ["Ben Okoro (Acme Freight)", `/people/${ben}`],
      ["Cy Park", expect.stringMatching(/^\/people\/[0-9a-f-]{36}$/)],
    ]);
    await clearQualityData(db);
    await person(db, "Dee Ng", [{ system: "crm", kind: "account_id", value: "A-9" }]);
    expect((await run("people_without_crm_id")).count).toBe(0);
  });

  it("duplicate_people: people sharing an e-mail or an ID across systems, once per group", async () => {
    await person(db, "Ana Lima", [{ system: "lms", kind: "email", value: "Ana@Example.org" }]);
    await person(db, "Ana Lima-Souza", [
      { system: "crm", kind: "email", value: "ana@example.org" },
      { system: "crm", kind: "contact_id", value: "C-7" },
    ]);
    // Not duplicates: user ids are each system's own numbering; different addresses.
    await person(db, "Hal One", [{ system: "lms", kind: "user_id", value: "42" }]);
    await person(db, "Ian Two", [{ system: "webinar", kind: "user_id", value: "42" }]);
    await person(db, "Jo Solo", [{ system: "lms", kind: "email", value: "jo@example.org" }]);
    expect((await run("duplicate_people")).count).toBe(1);

    // The same CRM contact id in the events platform, and an mbox_sha1sum of a known address.
    await person(db, "Fay Events", [
      { system: "events", kind: "contact_id", value: "C-7" },
      { system: "events", kind: "email", value: "fay@example.org" },
    ]);
    await person(db, "Gus Hash", [
      { system: "xapi", kind: "mbox_sha1sum", value: emailSha1("jo@example.org") },
    ]);
    // A merged person's IDs do not count.
    await person(db, "Old Ana", [{ system: "webinar", kind: "email", value: "ana@example.org" }], {
      status: "merged",
    });
    const result = await run("duplicate_people");
    // {Ana, Ana L-S} by e-mail; {Ana L-S, Fay} by contact id; {Jo, Gus} by the hash.
    expect(result).toMatchObject({ count: 3, facts: { people: 5 } });
    expect(result.examples.map((e) => [e.label, e.detail])).toEqual(
      expect.arrayContaining([
        ["Ana Lima, Ana Lima-Souza: e-mail ana@example.org", "2 people sharing an e-mail address"],
        ["Ana Lima-Souza, Fay Events: contact_id C-7", "2 people sharing a contact_id"],
        ["Gus Hash, Jo Solo: e-mail jo@example.org", "2 people sharing an e-mail address"],
      ]),
    );
    expect(result.examples.every((e) => e.fixPath === "/people/review" && e.isPersonal)).toBe(true);
  });

  it("duplicate_people: a pair dismissed in the review queue no longer counts", async () => {
    const a = await person(db, "Kim A", [
      { system: "lms", kind: "email", value: "kim@example.org" },
    ]);
    const b = await person(db, "Kim B", [
      { system: "crm", kind: "email", value: "kim@example.org" },
    ]);
    expect((await run("duplicate_people")).count).toBe(1);
    await db.sql.query(
      `INSERT INTO match_candidates (id, person_a_id, person_b_id, reason, score, status)
       VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'same e-mail', 1, 'dismissed')`,
      [b, a],
    );
    expect((await run("duplicate_people")).count).toBe(0);
    // The address is still held twice: that check keeps reporting it.
    expect((await run("identifiers_claimed_twice")).count).toBe(1);
  });

  it("identifiers_claimed_twice: ambiguous actors and values held by two people", async () => {
    await person(db, "Solo", [{ system: "crm", kind: "email", value: "solo@example.org" }]);
    await statement(db, { actor: "mbox:mailto:nobody@example.org" });
    expect(await run("identifiers_claimed_twice")).toEqual({
      count: 0,
      facts: { actors: 0, identifiers: 0 },
      examples: [],
    });
    await person(db, "Cy Park", [{ system: "lms", kind: "email", value: "cy@example.org" }]);
    await person(db, "Cy Park (CRM)", [{ system: "crm", kind: "email", value: "CY@example.org" }]);
    await person(db, "Dee", [{ system: "github", kind: "login", value: "deedev" }]);
    await person(db, "Dee Jira", [{ system: "jira", kind: "login", value: "deedev" }]);
    for (let i = 0; i < 2; i++) await statement(db, { actor: "mbox:mailto:Cy@example.org" });
    // One rule finds one person before the e-mail rule would find two: not ambiguous.
    const exact = await person(db, "Exact", [
      { system: "xapi", kind: "mbox", value: "mailto:x@example.org" },
    ]);
    await person(db, "Other X", [{ system: "crm", kind: "email", value: "x@example.org" }]);
    await statement(db, { actor: "mbox:mailto:x@example.org" });
    const result = await run("identifiers_claimed_twice");
    expect(result.facts).toEqual({ actors: 1, identifiers: 3 });
    expect(result.count).toBe(4);
    expect(result.examples[0]).toEqual({
      label: "mbox:mailto:Cy@example.org",
      detail: "xAPI actor the rules match to 2 people; its 2 statements stay unmapped",
      count: 2,
      fixPath: "/people?q=Cy%40example.org",
      fixLabel: "Find the people",
      isPersonal: true,
    });
    expect(result.examples.map((e) => e.label)).toEqual(
      expect.arrayContaining([
        "e-mail cy@example.org: Cy Park, Cy Park (CRM)",
        "login deedev: Dee, Dee Jira",
        "e-mail x@example.org: Exact, Other X",
      ]),
    );
    expect(exact).toBeTruthy();
  });

  it("identifiers_claimed_twice: ambiguous by a hashed address, or by two account systems", async () => {
    await person(db, "Cy Park", [{ system: "lms", kind: "email", value: "cy@example.org" }]);
    await person(db, "Cy Park (CRM)", [{ system: "crm", kind: "email", value: "cy@example.org" }]);
    await statement(db, { actor: `mbox_sha1sum:${emailSha1("cy@example.org")}` });
    await person(db, "Dee", [{ system: "github", kind: "login", value: "deedev" }]);
    await person(db, "Dee Jira", [{ system: "jira", kind: "login", value: "deedev" }]);
    await statement(db, { actor: "account:https://github.com deedev" });
    // With GitHub alone as the account system, the account resolves: only the hash is ambiguous.
    expect((await run("identifiers_claimed_twice")).facts).toEqual({ actors: 1, identifiers: 2 });
    const twoSystems = {
      ...settings,
      accountSystems: [
        ...settings.accountSystems,
        { homePage: "https://github.com", system: "jira" as const, kind: "login" as const },
      ],
    };
    const result = await CHECKS.identifiers_claimed_twice({
      sql: db.sql,
      settings: twoSystems,
      examples: 5,
    });
    expect(result.facts).toEqual({ actors: 2, identifiers: 2 });
    expect(result.examples.map((e) => e.label)).toEqual(
      expect.arrayContaining([
        "account:https://github.com deedev",
        `mbox_sha1sum:${emailSha1("cy@example.org")}`,
      ]),
    );
  });
});
