import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearQualityData, organization, person } from "../quality/fixtures";
import { updatePerson } from "./edit-person";
import { personHistory } from "./history";
import { addIdentifier, verifyIdentifier } from "./identifiers";
import { mergePeople } from "./merge";
import { splitPerson } from "./split";
import { undoMerge } from "./undo-merge";

const admin = { id: "admin-1" };

describe(`a person's history in words on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await clearQualityData(db);
    await db.sql.exec("DELETE FROM person_merges; DELETE FROM audit_log;");
  });
  afterAll(async () => db.close());

  const summaries = async (id: string) =>
    (await personHistory(db.prisma, id)).map((e) => e.summary).reverse();

  it("tells edits, IDs, a merge and its undo, and a split, on every person involved", async () => {
    const acme = await organization(db, "Acme");
    const ana = await person(db, "Ana Lima", [{ system: "crm", kind: "contact_id", value: "C-1" }]);
    const dup = await person(db, "Ana M. Lima", [
      { system: "crm", kind: "contact_id", value: "C-2" },
      { system: "webinar", kind: "email", value: "ana@gmail.com" },
    ]);
    await updatePerson(db.prisma, admin, {
      id: ana,
      displayName: "Ana Lima",
      organizationId: acme,
    });
    const added = await addIdentifier(db.prisma, admin, {
      personId: ana,
      system: "github",
      kind: "login",
      value: "analima",
    });
    await verifyIdentifier(db.prisma, admin, { id: added.id, verified: true });
    const [keep] = await db.sql.query<{ id: string }>(
      "SELECT id::text FROM person_identifiers WHERE value = 'C-1'",
    );
    const merge = await mergePeople(db.prisma, admin, {
      survivorId: ana,
      mergedId: dup,
      keepIdentifierIds: [keep!.id],
    });
    await undoMerge(db.prisma, admin, { mergeId: merge.mergeId });
    const [login] = await db.sql.query<{ id: string }>(
      "SELECT id::text FROM person_identifiers WHERE value = 'analima'",
    );
    const split = await splitPerson(db.prisma, admin, {
      personId: ana,
      identifierIds: [login!.id],
      displayName: "Ana (GitHub)",
    });

    expect(await summaries(ana)).toEqual([
      "Changed organisation none → Acme.",
      "Added github login analima.",
      "Marked github login analima verified.",
      "Merged “Ana M. Lima” into this person: 1 ID and 0 xAPI actors moved, 1 clashing ID dropped (crm contact_id C-2).",
      "Undid the merge of “Ana M. Lima”: 2 IDs went back.",
      "Split off “Ana (GitHub)” with 1 ID and 0 xAPI actors.",
    ]);
    expect(await summaries(dup)).toEqual([
      "Merged into “Ana Lima”: its IDs and learning moved there.",
      "The merge into “Ana Lima” was undone: this person is active again.",
    ]);
    expect(await summaries(split.newPersonId)).toEqual(["Split from “Ana Lima” with 1 ID."]);
    const [entry] = await personHistory(db.prisma, split.newPersonId);
    expect(entry).toMatchObject({ actor: "admin-1", action: "people.split.from" });
  });
});
