import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import type { TIdentityImportCsvInput } from "@xroi/validators";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearQualityData, organization, person, statement } from "../quality/fixtures";
import { searchPeople } from "../people/search";
import { applyCsvImport, dryRunCsvImport, listImports, upsertBatch } from "./import";

const csv = (text: string, o: Partial<TIdentityImportCsvInput> = {}): TIdentityImportCsvInput => ({
  system: "crm",
  fileName: "people.csv",
  contentBase64: Buffer.from(text).toString("base64"),
  ...o,
});

describe(`mapping import on ${testEngine()}`, () => {
  let db: TDatabase;
  const admin = { id: "u-admin" };
  const count = async (table: string) =>
    (await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());
  beforeEach(async () => {
    await clearQualityData(db);
    await db.sql.exec("DELETE FROM teams; DELETE FROM identity_imports");
  });

  it("counts new, matched and unchanged rows, then applies them", async () => {
    const ana = await person(db, "Ana Lima", [{ system: "crm", kind: "contact_id", value: "C-1" }]);
    await person(db, "Bo Chen", [{ system: "lms", kind: "email", value: "bo@example.org" }]);
    await person(db, "Cy Diaz", [{ system: "crm", kind: "email", value: "cy@example.org" }]);
    const file = csv(
      [
        "Name,E-mail,contact id,Company,Team",
        "Ana Lima,ana@example.org,C-1,Acme,Sales", // matched by contact id: adds the e-mail
        "Bo Chen,Bo@Example.org,,Acme,Sales", // matched by the e-mail rule (held in the LMS)
        "Cy Diaz,cy@example.org,,,", // the same identifier: nothing to change
        "Di Eze,di@example.org,C-4,Acme,Sales", // new, in a new organisation and team
      ].join("\n"),
    );
    const dry = await dryRunCsvImport(db.prisma, file);
    expect(dry.mapping).toEqual({
      Name: "name",
      "E-mail": "email",
      "contact id": "contact_id",
      Company: "organization",
      Team: "team",
    });
    expect(dry.problems).toEqual([]);
    expect(dry.counts).toMatchObject({
      rows: 4,
      new: 1,
      matched: 2,
      unchanged: 1,
      conflicting: 0,
      errors: 0,
      identifiersAdded: 4,
      organizationsCreated: 1,
      teamsCreated: 1,
    });
    expect(dry.preview[0]).toMatchObject({
      line: 2,
      action: "matched",
      personId: ana,
      identifiers: [
        { kind: "email", isNew: true },
        { kind: "contact_id", isNew: false },
      ],
    });
    expect(await count("people")).toBe(3);

    const applied = await applyCsvImport(db.prisma, admin, file);
    expect(applied).toMatchObject({ applied: true, counts: dry.counts });
    expect(await count("people")).toBe(4);
    const [di] = await db.sql.query<{ org: string; team: string; source: string }>(
      `SELECT o.name AS org, t.name AS team, pi.source FROM people p JOIN organizations o ON o.id = p.organization_id
         JOIN teams t ON t.id = p.team_id JOIN person_identifiers pi ON pi.person_id = p.id
        WHERE p.display_name = 'Di Eze' LIMIT 1`,
    );
    expect(di).toEqual({ org: "Acme", team: "Sales", source: `import:${applied.importId}` });
    const [imp] = await listImports(db.prisma);
    expect(imp).toMatchObject({
      id: applied.importId,
      system: "crm",
      fileName: "people.csv",
      counts: { new: 1, matched: 2 },
    });
    const [audit] = await db.sql.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1`,
      [applied.importId],
    );
    expect(audit?.action).toBe("identity_import.apply");
    // Again: everything is there now.
    expect((await dryRunCsvImport(db.prisma, file)).counts).toMatchObject({
      new: 0,
      matched: 0,
      unchanged: 4,
    });
  });

  it("reports every bad line with its column, value and reason, and applies nothing", async () => {
    const ana = await person(db, "Ana Lima", [{ system: "crm", kind: "contact_id", value: "C-1" }]);
    await person(db, "Bo Chen", [{ system: "crm", kind: "email", value: "bo@example.org" }]);
    const file = csv(
      [
        "name,email,contact_id,system",
        "Ok Person,ok@example.org,C-9,crm",
        "Nobody,,,crm", // no identifier
        "Wrong System,w@example.org,C-10,salesforce", // unknown system
        "Mixed,bo@example.org,C-1,crm", // e-mail is Bo's, contact id is Ana's
        "Second Id,ana2@example.org,C-2,", // Ana by e-mail? no: new, but see next line
        "Clash,ana2@example.org,C-3,crm", // same e-mail as line 6, another person
        "Not mail,not-an-email,C-11,crm",
      ].join("\n"),
      { system: "crm" },
    );
    const dry = await dryRunCsvImport(db.prisma, file);
    expect(dry.counts).toMatchObject({ rows: 7, new: 2, errors: 3, conflicting: 2 });
    expect(dry.problems.map((p) => [p.line, p.column, p.value, p.kind])).toEqual([
      [3, "", "", "error"],
      [4, "system", "salesforce", "error"],
      [5, "contact_id", "C-1", "conflict"],
      [7, "email", "ana2@example.org", "conflict"],
      [8, "email", "not-an-email", "error"],
    ]);
    expect(dry.problems[2]).toMatchObject({ heldBy: { personId: ana, displayName: "Ana Lima" } });
    expect(dry.problems[3]!.reason).toMatch(/line 6 claims the same id for another person/);
    expect(dry.problems[3]!.heldBy).toBeNull(); // line 6 is a new person: nobody holds it yet
    const applied = await applyCsvImport(db.prisma, admin, file);
    expect(applied).toMatchObject({ applied: false, importId: null, problemCount: 5 });
    expect(await count("people")).toBe(2);
    expect(await count("identity_imports")).toBe(0);
  });

  it("refuses a second id where a person holds one, in the data and between lines", async () => {
    await person(db, "Ana Lima", [
      { system: "crm", kind: "contact_id", value: "C-1" },
      { system: "crm", kind: "email", value: "ana@example.org" },
    ]);
    const file = csv(
      [
        "email,contact_id",
        "ana@example.org,C-2",
        "new@example.org,N-1",
        "new@example.org,N-2",
      ].join("\n"),
    );
    const dry = await dryRunCsvImport(db.prisma, file);
    expect(dry.problems.map((p) => [p.line, p.value, p.kind])).toEqual([
      [2, "C-2", "conflict"],
      [4, "new@example.org", "conflict"],
    ]);
    expect(dry.problems[0]!.reason).toMatch(/already has crm contact_id “C-1”/);
  });

  it("writes nothing when the last line conflicts", async () => {
    await person(db, "Ana Lima", [{ system: "crm", kind: "contact_id", value: "C-1" }]);
    const lines = ["name,email,contact_id"];
    for (let i = 0; i < 300; i++) lines.push(`P ${i},p${i}@example.org,N-${i}`);
    lines.push("Last,p0@example.org,C-1"); // C-1 is Ana's, the e-mail line 2's new person's
    const applied = await applyCsvImport(db.prisma, admin, csv(lines.join("\n")));
    expect(applied.applied).toBe(false);
    expect(applied.problems).toEqual([expect.objectContaining({ line: 302, kind: "conflict" })]);
    expect(await count("people")).toBe(1);
    expect(await count("person_identifiers")).toBe(1);
  });

  it("plans again at apply: a mapping added since the dry run turns into a conflict", async () => {
    const file = csv(["email,contact_id", "ana@example.org,C-1"].join("\n"));
    expect((await dryRunCsvImport(db.prisma, file)).counts).toMatchObject({
      new: 1,
      conflicting: 0,
    });
    await person(db, "Someone Else", [
      { system: "crm", kind: "contact_id", value: "C-1" },
      { system: "lms", kind: "email", value: "ana@example.org" },
    ]);
    await person(db, "Ana Lima", [{ system: "webinar", kind: "email", value: "ana@example.org" }]);
    const applied = await applyCsvImport(db.prisma, admin, file);
    expect(applied).toMatchObject({ applied: false, counts: { new: 0, conflicting: 1 } });
    expect(await count("people")).toBe(2);
  });

  it("resolves stored actors after the import, so their statements count as mapped", async () => {
    await statement(db, { actor: "mbox:mailto:nomad@example.org" });
    await statement(db, { actor: "account:https://github.com nomad-dev" });
    const file = csv(["Name,Email,GitHub login", "Nomad,Nomad@example.org,nomad-dev"].join("\n"), {
      system: "github",
    });
    const applied = await applyCsvImport(db.prisma, admin, file);
    expect(applied).toMatchObject({ applied: true, actorsResolved: 2 });
    const actors = await db.sql.query<{ resolved: string; person: string }>(
      `SELECT a.resolved_by AS resolved, p.display_name AS person FROM lrs_actors a JOIN people p ON p.id = a.person_id ORDER BY 1`,
    );
    expect(actors).toEqual([
      { resolved: "email", person: "Nomad" },
      { resolved: "external_id", person: "Nomad" },
    ]);
  });

  it("reports a file whose mapping cannot work, and upserts connector rows with the same rules", async () => {
    const noIds = await dryRunCsvImport(
      db.prisma,
      csv("Name,Company\nAna,Acme", { system: undefined }),
    );
    expect(noIds.fileErrors).toEqual([
      "no column is mapped to an identifier (e-mail, user id, login…)",
      "choose the system the IDs come from, or map a column to “system”",
    ]);
    const orgId = await organization(db, "Acme");
    await db.sql.query("UPDATE organizations SET external_id = 'ACC-1' WHERE id = $1::uuid", [
      orgId,
    ]);
    const ok = await upsertBatch(db.prisma, admin, {
      system: "lms",
      rows: [
        { name: "Ana", organizationId: "ACC-1", identifiers: [{ kind: "user_id", value: "u1" }] },
        {
          name: "Bo",
          identifiers: [
            { kind: "user_id", value: "u2" },
            { kind: "email", value: "bo@example.org" },
          ],
        },
      ],
    });
    expect(ok).toMatchObject({ applied: true, counts: { new: 2, organizationsCreated: 0 } });
    const bad = await upsertBatch(db.prisma, admin, {
      system: "lms",
      rows: [
        { name: "Cy", identifiers: [{ kind: "user_id", value: "u3" }] },
        { name: "Di", system: "myspace", identifiers: [{ kind: "user_id", value: "u4" }] },
        { name: "Ed", organizationId: "ACC-404", identifiers: [{ kind: "user_id", value: "u5" }] },
        { name: "Fi", identifiers: [] },
      ],
    });
    expect(bad.applied).toBe(false);
    expect(bad.problems.map((p) => [p.line, p.column])).toEqual([
      [2, "system"],
      [3, "organization_id"],
      [4, ""],
    ]);
    expect(await count("people")).toBe(2);
  });

  it("keeps names in any script: organisations, teams and search work for Cyrillic", async () => {
    const file = csv(
      "name,email,organization,team\nИван Петров,ivan@x.example,Газпром,Отдел\nОльга,olga@x.example,Сбербанк,Продажи",
      { system: "lms" },
    );
    const applied = await applyCsvImport(db.prisma, admin, file);
    expect(applied).toMatchObject({
      applied: true,
      counts: { new: 2, organizationsCreated: 2, teamsCreated: 2 },
    });
    const placed = await db.sql.query<{ name: string; org: string; team: string }>(
      `SELECT p.display_name AS name, o.name AS org, t.name AS team FROM people p
         JOIN organizations o ON o.id = p.organization_id JOIN teams t ON t.id = p.team_id
        ORDER BY 1`,
    );
    expect(placed).toEqual([
      { name: "Иван Петров", org: "Газпром", team: "Отдел" },
      { name: "Ольга", org: "Сбербанк", team: "Продажи" },
    ]);
    expect((await searchPeople(db.prisma, { q: "иван" })).total).toBe(1);
  });

  it("refuses an over-long name or a punctuation-only organisation by line, before writing", async () => {
    const file = csv(
      [
        "name,email,organization",
        `${"x".repeat(6000)},long@example.org,Acme`,
        "Ok,ok@example.org,---",
      ].join("\n"),
    );
    const dry = await dryRunCsvImport(db.prisma, file);
    expect(dry.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [2, "name", "must be at most 200 characters"],
      [3, "organization", "needs a letter or a digit"],
    ]);
    expect(dry.problems[0]!.value).toHaveLength(81);
    expect(await applyCsvImport(db.prisma, admin, file)).toMatchObject({ applied: false });
    expect(await count("people")).toBe(0);
  });

  it("matches a person who holds two logins after a merge by either, without a conflict", async () => {
    await person(db, "Ana Lima", [
      { system: "github", kind: "login", value: "ana1" },
      { system: "github", kind: "login", value: "ana2" },
    ]);
    const batch = (login: string) =>
      upsertBatch(db.prisma, admin, {
        system: "github",
        rows: [
          { identifiers: [{ kind: "login", value: login }] },
          { name: "Bo", identifiers: [{ kind: "login", value: "bo" }] },
        ],
      });
    expect(await batch("ana1")).toMatchObject({ applied: true, problemCount: 0 });
    expect(await batch("ana2")).toMatchObject({ applied: true, problemCount: 0 });
    const third = await upsertBatch(db.prisma, admin, {
      system: "github",
      rows: [
        {
          identifiers: [
            { kind: "login", value: "ana3" },
            { kind: "email", value: "x@example.org" },
          ],
        },
      ],
    });
    expect(third.applied).toBe(true); // a new person: ana3 matches nobody
    expect(await count("person_identifiers")).toBe(5);
  });
});
