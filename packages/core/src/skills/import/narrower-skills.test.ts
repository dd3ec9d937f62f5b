import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateSkill } from "../change-skills";
import { listSkills } from "../list-skills";
import { applyFrameworkImport } from "./apply-import";
import { escoFiles, escoSampleRows, escoUpload, escoUri, type TEscoRow } from "./esco-sample";
import { previewFrameworkImport } from "./preview-import";

const actor = { id: "admin-1" };

describe(`narrower skills from an import on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  const newFramework = async (name: string) =>
    (await db.prisma.skillFramework.create({ data: { name, nameKey: name.toLowerCase() } })).id;
  const input = (frameworkId: string, version: string, rows: TEscoRow[]) => ({
    frameworkId,
    format: "esco" as const,
    version,
    files: escoUpload(escoFiles(rows)),
  });

  it("keeps ESCO's skill-to-skill broader relations: the tree shows them and the form edits them", async () => {
    const frameworkId = await newFramework("Narrower skills");
    const rows = escoSampleRows({ groups: 2, skills: 4 });
    // skill 3's only broader concept is skill 1, as ESCO relates narrower skills.
    rows.find((r) => r.uri === escoUri("skill", 3))!.broader = [escoUri("skill", 1)];
    const preview = await previewFrameworkImport(db.prisma, input(frameworkId, "1", rows));
    expect(preview.errors).toEqual([]);
    expect(preview.notes).toContainEqual(
      expect.stringMatching(/^skills whose parent is a broader skill rather than a group: 1;/),
    );
    expect(preview.examples.added.find((e) => e.uri === escoUri("skill", 3))).toMatchObject({
      parent: "manage pipelines 1",
    });
    await applyFrameworkImport(db.prisma, actor, input(frameworkId, "1", rows));
    const broader = await db.prisma.skill.findFirstOrThrow({
      where: { frameworkId, uri: escoUri("skill", 1) },
    });
    const children = await listSkills(db.prisma, { frameworkId, parentId: broader.id });
    expect(children.items.map((s) => [s.name, s.path])).toEqual([
      ["design crops 3", ["group 1 of pipelines", "manage pipelines 1"]],
    ]);
    const narrower = children.items[0]!;
    const edited = await updateSkill(db.prisma, actor, {
      id: narrower.id,
      name: narrower.name,
      uri: narrower.uri,
      altLabels: narrower.altLabels,
      description: "Edited after the import",
      parentId: narrower.parentId,
    });
    expect(edited).toMatchObject({ parentId: broader.id, description: "Edited after the import" });
    // The same release again puts the description back and keeps the parent.
    const again = await applyFrameworkImport(db.prisma, actor, input(frameworkId, "1", rows));
    expect(again.counts).toMatchObject({ changed: 1, added: 0, retired: 0 });
  });
});
