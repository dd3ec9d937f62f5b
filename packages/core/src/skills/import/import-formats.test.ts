import { randomUUID } from "node:crypto";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyFrameworkImport } from "./apply-import";
import { previewFrameworkImport } from "./preview-import";

const actor = { id: "admin-1" };
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

describe(`framework import of generic CSV and JSON on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  async function newFramework(name: string): Promise<string> {
    const framework = await db.prisma.skillFramework.create({
      data: { name, nameKey: name.toLowerCase() },
    });
    return framework.id;
  }
  const skillsOf = (frameworkId: string) =>
    db.prisma.skill.findMany({ where: { frameworkId }, orderBy: { uri: "asc" } });

  it("imports generic CSV and JSON with children before their parents", async () => {
    const frameworkId = await newFramework("Engineering");
    const csv = [
      "uri,name,alt_labels,description,parent_uri,kind",
      "eng.review.large,Reviewing large changes,,,eng.review,",
      "eng.review,Code review,PR review|reviewing,,eng,",
      "eng,Engineering,,,,group",
    ].join("\n");
    const result = await applyFrameworkImport(db.prisma, actor, {
      frameworkId,
      format: "generic",
      version: "2026.1",
      files: [{ fileName: "engineering.csv", contentBase64: b64(csv) }],
    });
    expect(result.counts.added).toBe(3);
    const json = JSON.stringify({
      skills: [
        { uri: "eng.review.large", name: "Reviewing large changes", parentUri: "eng.review" },
        { uri: "eng.review", name: "Code review", parentUri: "eng.tests" },
        { uri: "eng.tests", name: "Testing", parentUri: "eng" },
        { uri: "eng", name: "Engineering", kind: "group" },
      ],
    });
    const second = await applyFrameworkImport(db.prisma, actor, {
      frameworkId,
      format: "json",
      version: "2026.2",
      files: [{ fileName: "engineering.json", contentBase64: b64(json) }],
    });
    expect(second.counts).toEqual({ added: 1, changed: 1, retired: 0, unchanged: 2, restored: 0 });
    const skills = await skillsOf(frameworkId);
    const id = (uri: string) => skills.find((s) => s.uri === uri)!.id;
    expect(skills.find((s) => s.uri === "eng.review")!.parentId).toBe(id("eng.tests"));
    expect(skills.find((s) => s.uri === "eng.tests")!.parentId).toBe(id("eng"));
    expect(await db.prisma.skillFramework.findUnique({ where: { id: frameworkId } })).toMatchObject(
      {
        source: "generic",
        version: "2026.2",
      },
    );
  });

  it("refuses a framework that does not exist", async () => {
    await expect(
      previewFrameworkImport(db.prisma, {
        frameworkId: randomUUID(),
        format: "generic",
        version: "1",
        files: [{ fileName: "f.csv", contentBase64: b64("uri,name\na,A") }],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", field: "frameworkId" });
  });
});
