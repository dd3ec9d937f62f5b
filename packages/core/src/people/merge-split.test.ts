import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeEach, beforeAll, describe, expect, it } from "vitest";
import { resolveStoredActors } from "../identity/resolve-actors";
import { clearQualityData, organization, person, statement } from "../quality/fixtures";
import { addIdentifier, removeIdentifier } from "./identifiers";
import { mergePeople, previewMerge } from "./merge";
import { getPerson } from "./person-detail";
import { splitPerson } from "./split";
import { undoMerge } from "./undo-merge";

const admin = { id: "admin-1" };

/** Everything a merge could touch, in a form two snapshots can be compared in. */
async function snapshot(db: TDatabase) {
  return {
    people: await db.sql.query(
      `SELECT id::text, display_name, status::text, merged_into_id::text, organization_id::text FROM people ORDER BY id`,
    ),
    ids: await db.sql.query(
      `SELECT id::text, person_id::text, system, kind, value, match_key, verified, source FROM person_identifiers ORDER BY id`,
    ),
    actors: await db.sql.query(
      `SELECT actor_ifi, person_id::text FROM lrs_actors ORDER BY actor_ifi`,
    ),
  };
}

describe(`merge, undo and split on ${testEngine()}`, () => {
  let db: TDatabase;
  let ana: string;
  let anaM: string;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());
  beforeEach(async () => {
    await clearQualityData(db);
    await db.sql.exec("DELETE FROM person_merges; DELETE FROM audit_log;");
    const org = await organization(db, "Acme");
    ana = await person(
      db,
      "Ana Lima",
      [
        { system: "lms", kind: "email", value: "ana@acme.example" },
        { system: "crm", kind: "contact_id", value: "C-1" },
      ],
      { organizationId: org },
    );
    anaM = await person(
      db,
      "Ana M. Lima",
      [
        { system: "webinar", kind: "email", value: "ana.lima@gmail.com" },
        { system: "crm", kind: "contact_id", value: "C-2" },
        { system: "github", kind: "login", value: "analima" },
      ],
      { organizationId: org },
    );
    await statement(db, { actor: "mbox:mailto:ana@acme.example", personId: ana });
    await statement(db, { actor: "mbox:mailto:ana.lima@gmail.com", personId: anaM });
    await statement(db, { actor: "account:https://github.com analima", personId: anaM });
    await statement(db, { actor: "mbox:mailto:ana.lima+x@gmail.com" });
  });

  it("refuses a merge while both hold a CRM id of one kind, naming the clash", async () => {
    const preview = await previewMerge(db.prisma, { survivorId: ana, mergedId: anaM });
    expect(preview.clashes).toHaveLength(1);
    expect(preview.clashes[0]).toMatchObject({
      system: "crm",
      kind: "contact_id",
      survivorIdentifier: { value: "C-1" },
      mergedIdentifier: { value: "C-2" },
    });
    const before = await snapshot(db);
    await expect(
      mergePeople(db.prisma, admin, { survivorId: ana, mergedId: anaM }),
    ).rejects.toThrow(
      /choose which to keep: crm contact_id C-1 \(Ana Lima\) or C-2 \(Ana M\. Lima\)/,
    );
    expect(await snapshot(db)).toEqual(before);
    await expect(
      mergePeople(db.prisma, admin, {
        survivorId: ana,
        mergedId: anaM,
        keepIdentifierIds: [
          preview.clashes[0]!.survivorIdentifier.id,
          preview.clashes[0]!.mergedIdentifier.id,
        ],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", field: "keepIdentifierIds" });
    await expect(mergePeople(db.prisma, admin, { survivorId: ana, mergedId: ana })).rejects.toThrow(
      /different person/,
    );
    // A review-queue pair of two other people is not closed by this merge: refused, unwritten.
    const bo = await person(db, "Bo", [{ system: "lms", kind: "email", value: "bo@acme.example" }]);
    const bob = await person(db, "Bob", [
      { system: "lms", kind: "email", value: "bob@acme.example" },
    ]);
    const other = await db.prisma.matchCandidate.create({
      data: { personAId: bo, personBId: bob, reason: "similar_name", score: 0.8 },
    });
    const settled = await snapshot(db);
    await expect(
      mergePeople(db.prisma, admin, {
        survivorId: ana,
        mergedId: anaM,
        keepIdentifierIds: [preview.clashes[0]!.survivorIdentifier.id],
        candidateId: other.id,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", field: "candidateId" });
    expect(await snapshot(db)).toEqual(settled);
    expect(await db.prisma.matchCandidate.findUnique({ where: { id: other.id } })).toMatchObject({
      status: "open",
    });
  });

  it("merges with the chosen CRM id, re-resolves actors, and undo restores exactly", async () => {
    const before = await snapshot(db);
    const preview = await previewMerge(db.prisma, { survivorId: ana, mergedId: anaM });
    const keep = preview.clashes[0]!.mergedIdentifier.id; // keep C-2, drop Ana's C-1
    const result = await mergePeople(db.prisma, admin, {
      survivorId: ana,
      mergedId: anaM,
      keepIdentifierIds: [keep],
    });
    expect(result).toMatchObject({ identifiersMoved: 3, identifiersRemoved: 1, actorsMoved: 2 });
    const merged = await getPerson(db.prisma, ana);
    expect(merged.identifiers.map((i) => i.value).sort()).toEqual([
      "C-2",
      "ana.lima@gmail.com",
      "ana@acme.example",
      "analima",
    ]);
    // The plus-addressed actor, unmapped before, resolves retroactively through the moved e-mail.
    expect(merged.learning.actors).toHaveLength(4);
    expect(merged.learning.statements).toBe(4);
    expect(merged.merges[0]).toMatchObject({ undoBlocker: null, identifiersMoved: 3 });
    const gone = await getPerson(db.prisma, anaM);
    expect(gone).toMatchObject({ status: "merged", mergedInto: { id: ana } });
    const audit = await db.prisma.auditLog.findMany({ where: { action: "people.merge" } });
    expect(audit).toHaveLength(1);

    await undoMerge(db.prisma, admin, { mergeId: result.mergeId });
    const after = await snapshot(db);
    // Exactly as before, but for the plus-addressed actor, which now resolves (to Ana M.).
    expect(after.people).toEqual(before.people);
    expect(after.ids).toEqual(before.ids);
    expect(after.actors).toEqual(
      before.actors.map((a) =>
        a.actor_ifi === "mbox:mailto:ana.lima+x@gmail.com" ? { ...a, person_id: anaM } : a,
      ),
    );
    await expect(undoMerge(db.prisma, admin, { mergeId: result.mergeId })).rejects.toThrow(
      /already undone/,
    );
  });

  it("refuses undo when a moved identifier was since removed, or the survivor merged again", async () => {
    const keep = (await previewMerge(db.prisma, { survivorId: ana, mergedId: anaM })).clashes[0]!
      .survivorIdentifier.id;
    const m = await mergePeople(db.prisma, admin, {
      survivorId: ana,
      mergedId: anaM,
      keepIdentifierIds: [keep],
    });
    const login = await db.prisma.personIdentifier.findFirstOrThrow({
      where: { value: "analima" },
    });
    await removeIdentifier(db.prisma, admin, { id: login.id });
    const before = await snapshot(db);
    await expect(undoMerge(db.prisma, admin, { mergeId: m.mergeId })).rejects.toThrow(
      /cannot be undone: An identifier that moved in this merge was since removed/,
    );
    expect(await snapshot(db)).toEqual(before);
    // The GitHub actor lost its mapping: unresolved now.
    const [gh] = await db.sql.query<{ person_id: string | null }>(
      `SELECT person_id::text FROM lrs_actors WHERE actor_ifi = 'account:https://github.com analima'`,
    );
    expect(gh?.person_id).toBeNull();

    const third = await person(db, "Ana Lima-Souza", []);
    await mergePeople(db.prisma, admin, { survivorId: third, mergedId: ana });
    const detail = await getPerson(db.prisma, ana);
    expect(detail.merges.find((x) => x.id === m.mergeId)?.undoBlocker).toMatch(
      /Ana Lima was since merged into another person/,
    );
  });

  it("splits chosen identifiers to a new person; their actors follow", async () => {
    const gh = await db.prisma.personIdentifier.findFirstOrThrow({ where: { value: "analima" } });
    const result = await splitPerson(db.prisma, admin, {
      personId: anaM,
      identifierIds: [gh.id],
      displayName: "Ana (GitHub)",
    });
    expect(result).toMatchObject({ identifiersMoved: 1, actorsMoved: 1 });
    const split = await getPerson(db.prisma, result.newPersonId);
    expect(split.identifiers.map((i) => i.value)).toEqual(["analima"]);
    expect(split.learning.actors).toEqual(["account:https://github.com analima"]);
    expect(split.organization?.name).toBe("Acme");
    expect((await getPerson(db.prisma, anaM)).learning.actors).toEqual([
      "mbox:mailto:ana.lima+x@gmail.com",
      "mbox:mailto:ana.lima@gmail.com",
    ]);
    const all = (await getPerson(db.prisma, anaM)).identifiers.map((i) => i.id);
    await expect(
      splitPerson(db.prisma, admin, { personId: anaM, identifierIds: all, displayName: "X" }),
    ).rejects.toThrow(/Leave at least one identifier/);
    await expect(
      splitPerson(db.prisma, admin, { personId: anaM, identifierIds: [gh.id], displayName: "X" }),
    ).rejects.toThrow(/must belong to Ana M\. Lima/);
    await expect(
      splitPerson(db.prisma, admin, { personId: anaM, identifierIds: [], displayName: "X" }),
    ).rejects.toThrow(/choose at least one identifier/);
  });

  it("adds an identifier once per system and kind, naming who holds it, and resolves past actors", async () => {
    await statement(db, { actor: "mbox:mailto:lima.ana@acme.example" });
    await expect(
      addIdentifier(db.prisma, admin, {
        personId: ana,
        system: "crm",
        kind: "contact_id",
        value: " C-2 ",
      }),
    ).rejects.toThrow(/crm contact_id C-2 already belongs to Ana M\. Lima/);
    await expect(
      addIdentifier(db.prisma, admin, {
        personId: ana,
        system: "nope" as "crm",
        kind: "email",
        value: "x",
      }),
    ).rejects.toThrow(/system/);
    await addIdentifier(db.prisma, admin, {
      personId: ana,
      system: "lms",
      kind: "email",
      value: "Lima.Ana@ACME.example",
    });
    const detail = await getPerson(db.prisma, ana);
    expect(detail.learning.actors).toContain("mbox:mailto:lima.ana@acme.example");
    expect((await resolveStoredActors(db.sql)).changed).toBe(0);
  });
});
