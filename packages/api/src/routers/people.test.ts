import { TRPCError } from "@trpc/server";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import type { TRole } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs } from "../testing";

describe(`people router on ${testEngine()}`, () => {
  let db: TDatabase;
  let ana: string;
  let ben: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    const admin = as("admin");
    ana = (await admin.people.create({ displayName: "Ana Lima" })).id;
    ben = (await admin.people.create({ displayName: "Ben Ito" })).id;
    await admin.people.addIdentifier({
      personId: ana,
      system: "crm",
      kind: "contact_id",
      value: "C-1",
    });
    await admin.people.addIdentifier({
      personId: ben,
      system: "crm",
      kind: "contact_id",
      value: "C-2",
    });
  });
  afterAll(async () => db.close());
  function as(role: TRole) {
    return callerAs(db, role);
  }
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => ({ code: "ok", message: "" }),
      (e: TRPCError) => ({ code: e.code, message: e.message }),
    );
  const code = async (p: Promise<unknown>) => (await failure(p)).code;

  it("lets privacy leads read people and admins change them; analysts and viewers neither", async () => {
    for (const role of ["viewer", "analyst"] as const) {
      expect(await code(as(role).people.search({ q: "ana" }))).toBe("FORBIDDEN");
      expect(await code(as(role).people.get({ id: ana }))).toBe("FORBIDDEN");
      expect(await code(as(role).people.candidates({}))).toBe("FORBIDDEN");
    }
    const lead = as("privacy_lead");
    expect((await lead.people.search({ q: "ana" })).items.map((p) => p.id)).toEqual([ana]);
    expect((await lead.people.get({ id: ana })).identifiers).toHaveLength(1);
    expect(await code(lead.people.candidates({}))).toBe("ok");
    for (const role of ["viewer", "analyst", "privacy_lead"] as const) {
      const c = as(role).people;
      expect(await code(c.create({ displayName: "X" }))).toBe("FORBIDDEN");
      expect(await code(c.update({ id: ana, displayName: "X" }))).toBe("FORBIDDEN");
      expect(
        await code(c.addIdentifier({ personId: ana, system: "lms", kind: "user_id", value: "1" })),
      ).toBe("FORBIDDEN");
      expect(await code(c.merge({ survivorId: ana, mergedId: ben }))).toBe("FORBIDDEN");
      expect(await code(c.split({ personId: ana, identifierIds: [ana], displayName: "X" }))).toBe(
        "FORBIDDEN",
      );
      expect(await code(c.findCandidates())).toBe("FORBIDDEN");
      expect(await code(c.matchSettings())).toBe("FORBIDDEN");
    }
    expect((await lead.people.get({ id: ana })).displayName).toBe("Ana Lima");
  });

  it("names the field and the reason for bad input, and writes nothing", async () => {
    const admin = as("admin").people;
    expect(await failure(admin.get({ id: "nope" }))).toEqual({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/id: must be a person id/),
    });
    expect(await failure(admin.create({ displayName: "  " }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/displayName: is required/),
    });
    expect(
      await failure(
        admin.addIdentifier({ personId: ana, system: "fax" as "crm", kind: "email", value: "x" }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/system: must be one of/),
    });
    expect(
      await failure(
        admin.addIdentifier({ personId: ben, system: "crm", kind: "contact_id", value: "C-1" }),
      ),
    ).toEqual({
      code: "CONFLICT",
      message: expect.stringMatching(/C-1 already belongs to Ana Lima/),
    });
    expect(await failure(admin.merge({ survivorId: ana, mergedId: ben }))).toEqual({
      code: "CONFLICT",
      message: expect.stringMatching(
        /choose which to keep: crm contact_id C-1 \(Ana Lima\) or C-2/,
      ),
    });
    expect(await failure(admin.merge({ survivorId: ana, mergedId: ana }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/mergedId: must be a different person/),
    });
    expect(await failure(admin.undoMerge({ mergeId: ana }))).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await failure(
        admin.updateMatchSettings({
          rules: [],
          plusAddressingDomains: [],
          accountSystems: [{ homePage: "github", system: "github", kind: "login" }],
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/must be a URL/) });
    expect(await db.prisma.person.count({ where: { status: "merged" } })).toBe(0);
    expect(await db.prisma.personIdentifier.count()).toBe(2);
  });

  it("merges with the chosen CRM id and undoes it", async () => {
    const admin = as("admin").people;
    const preview = await admin.mergePreview({ survivorId: ana, mergedId: ben });
    const keep = preview.clashes[0]!.mergedIdentifier.id;
    const merged = await admin.merge({ survivorId: ana, mergedId: ben, keepIdentifierIds: [keep] });
    expect(merged).toMatchObject({ identifiersMoved: 1, identifiersRemoved: 1 });
    expect((await admin.get({ id: ana })).identifiers.map((i) => i.value)).toEqual(["C-2"]);
    await admin.undoMerge({ mergeId: merged.mergeId });
    expect((await admin.get({ id: ana })).identifiers.map((i) => i.value)).toEqual(["C-1"]);
    expect((await admin.get({ id: ben })).status).toBe("active");
  });
});
