import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organization, person, statement } from "../quality/fixtures";
import { dismissCandidate, findCandidates, listCandidates } from "./candidates";
import { getMatchSettings, updateMatchSettings } from "./match-settings";
import { mergePeople } from "./merge";
import { learningSummary } from "./person-detail";
import { searchPeople } from "./search";

const admin = { id: "admin-1" };

describe(`people search, review candidates and match settings on ${testEngine()}`, () => {
  let db: TDatabase;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    db = await openTestDatabase();
    const acme = await organization(db, "Acme");
    const globex = await organization(db, "Globex");
    ids.ana = await person(
      db,
      "Ana Lima",
      [
        { system: "webinar", kind: "email", value: "Ana.Lima@gmail.com" },
        { system: "github", kind: "login", value: "AnaDev" },
        { system: "lms", kind: "user_id", value: "LMS-0042" },
        { system: "xapi", kind: "account", value: "https://lms.example ana-account" },
      ],
      { organizationId: acme },
    );
    ids.ana2 = await person(db, "Ana  Lima", [], { organizationId: acme });
    ids.anaOther = await person(db, "Ana Lima", [], { organizationId: globex });
    ids.lima = await person(db, "Lima Ana", [], { organizationId: acme });
    ids.alex = await person(db, "Alex Stone", [], { organizationId: acme });
    ids.alexander = await person(db, "Alexander Stone", [], { organizationId: acme });
    ids.bea = await person(
      db,
      "Bea Moss",
      [{ system: "lms", kind: "email", value: "beatrix.moss@acme.example" }],
      { organizationId: acme },
    );
    ids.beatrix = await person(
      db,
      "Beatrix Moss-Kay",
      [{ system: "crm", kind: "email", value: "beatrix.moss@globex.example" }],
      { organizationId: globex },
    );
    ids.zoe = await person(db, "Zoë Ünal", [], { organizationId: globex });
    await statement(db, { actor: "mbox:mailto:ana.lima@gmail.com", personId: ids.ana });
    await statement(db, { actor: "mbox:mailto:ana.lima@gmail.com", personId: ids.ana });
  });
  afterAll(async () => db.close());

  const found = async (q: string) => (await searchPeople(db.prisma, { q })).items.map((p) => p.id);

  it("finds a person by any identifier, normalised, or by a name prefix", async () => {
    expect(await found("ANA.LIMA+newsletter@GMAIL.com")).toEqual([ids.ana]);
    expect(await found("anadev")).toEqual([ids.ana]);
    expect(await found("lms-0042")).toEqual([ids.ana]);
    expect(await found("ana-account")).toEqual([ids.ana]);
    expect(await found("mbox:mailto:ana.lima@gmail.com")).toEqual([ids.ana]);
    const first = (await searchPeople(db.prisma, { q: "ana.lima@gmail.com" })).items[0]!;
    expect(first.matched).toBe("webinar email: Ana.Lima@gmail.com");
    expect(await found("zoe un")).toEqual([ids.zoe]);
    expect(new Set(await found("lim"))).toEqual(
      new Set([ids.ana, ids.ana2, ids.anaOther, ids.lima]),
    );
    expect(await found("nobody-at-all")).toEqual([]);
    expect(await found("100%_")).toEqual([]);
    expect(await found("--")).toEqual([]); // no name key: no name branch matches everyone
  });

  it("pages through everyone when nothing is typed", async () => {
    const page1 = await searchPeople(db.prisma, { limit: 4 });
    expect(page1.total).toBe(9);
    expect(page1.items).toHaveLength(4);
    expect(page1.nextOffset).toBe(4);
    const page3 = await searchPeople(db.prisma, { limit: 4, offset: 8 });
    expect(page3.items).toHaveLength(1);
    expect(page3.nextOffset).toBeNull();
    await expect(searchPeople(db.prisma, { limit: 0 })).rejects.toThrow(/limit/);
  });

  it("sums a person's learning from their actors", async () => {
    expect(await learningSummary(db.prisma, ids.ana!)).toMatchObject({
      statements: 2,
      completions: 2,
      topVerbs: [{ id: "http://adlnet.gov/expapi/verbs/completed", count: 2 }],
    });
  });

  it("finds similar people within one organisation, never merging them, and a dismissal stays", async () => {
    const first = await findCandidates(db.prisma, admin);
    const { items } = await listCandidates(db.prisma, {});
    const pairs = items.map((c) => [new Set([c.a.id, c.b.id]), c.reason, c.score] as const);
    const has = (x: string, y: string) =>
      pairs.find(([s]) => s.has(ids[x]!) && s.has(ids[y]!))?.slice(1);
    expect(has("ana", "ana2")).toEqual(["same_name", 0.95]);
    expect(has("ana", "lima")).toEqual(["similar_name", 0.85]);
    expect(has("alex", "alexander")).toEqual(["similar_name", 0.75]);
    expect(has("bea", "beatrix")).toEqual(["shared_email_local_part", 0.6]);
    expect(has("ana", "anaOther")).toBeUndefined(); // another organisation
    expect(has("ana", "alex")).toBeUndefined();
    expect(first).toMatchObject({ added: items.length, open: items.length });
    expect(await db.prisma.person.count({ where: { status: "merged" } })).toBe(0);

    const pair = items.find((c) => c.reason === "shared_email_local_part")!;
    await dismissCandidate(db.prisma, admin, { id: pair.id });
    await expect(dismissCandidate(db.prisma, admin, { id: pair.id })).rejects.toThrow(
      /already dismissed/,
    );
    const again = await findCandidates(db.prisma, admin);
    expect(again.added).toBe(0);
    expect(again.open).toBe(items.length - 1);

    const same = items.find((c) => c.reason === "same_name")!;
    await mergePeople(db.prisma, admin, {
      survivorId: same.a.id,
      mergedId: same.b.id,
      candidateId: same.id,
    });
    const after = await listCandidates(db.prisma, {});
    expect(after.items.map((c) => c.id)).not.toContain(same.id);
    expect(await db.prisma.matchCandidate.findUnique({ where: { id: same.id } })).toMatchObject({
      status: "merged",
      decidedBy: "admin-1",
    });
  });

  it("changes the match rules and re-resolves stored actors under them", async () => {
    const settings = await getMatchSettings(db.prisma);
    const offEmail = settings.rules.map((r) => ({ ...r, enabled: r.rule !== "email" }));
    await statement(db, { actor: "mbox:mailto:beatrix.moss@acme.example" });
    await db.sql.query(
      `UPDATE lrs_actors SET person_id = $1::uuid WHERE actor_ifi = 'mbox:mailto:beatrix.moss@acme.example'`,
      [ids.bea],
    );
    const result = await updateMatchSettings(db.prisma, admin, { ...settings, rules: offEmail });
    expect(result.reresolved?.changed).toBeGreaterThan(0);
    const [row] = await db.sql.query<{ person_id: string | null }>(
      `SELECT person_id::text FROM lrs_actors WHERE actor_ifi = 'mbox:mailto:beatrix.moss@acme.example'`,
    );
    expect(row?.person_id).toBeNull();
    await updateMatchSettings(db.prisma, admin, settings);
    const [back] = await db.sql.query<{ person_id: string | null }>(
      `SELECT person_id::text FROM lrs_actors WHERE actor_ifi = 'mbox:mailto:beatrix.moss@acme.example'`,
    );
    expect(back?.person_id).toBe(ids.bea);
    await expect(
      updateMatchSettings(db.prisma, admin, {
        ...settings,
        rules: [...settings.rules, settings.rules[0]!],
      }),
    ).rejects.toThrow(/each rule once/);
  });
});
