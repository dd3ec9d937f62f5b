import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSkill } from "../change-skills";
import { createFramework } from "../frameworks";
import { applyFrameworkImport } from "../import/apply-import";
import {
  escoFiles as escoSampleFiles,
  escoSampleRows,
  escoUpload,
  escoUri,
} from "../import/esco-sample";
import { previewFrameworkImport } from "../import/preview-import";
import { localSkillUri } from "../import/types";
import { exportFramework } from "./export-framework";

const actor = { id: "admin-1" };
const FORMATS = ["esco", "generic", "json"] as const;
const SCALE = [1, 2, 3].map((level) => ({ level, name: `L${level}` }));
const text = (file: { contentBase64: string }) =>
  Buffer.from(file.contentBase64, "base64").toString("utf8");

describe(`framework export on ${testEngine()}`, () => {
  let db: TDatabase;
  let frameworkId = "";
  let handMadeId = "";
  beforeAll(async () => {
    db = await openTestDatabase();
    ({ id: frameworkId } = await createFramework(db.prisma, actor, {
      name: "Export source",
      levels: SCALE,
    }));
    // An ESCO release with a narrower skill under a broader one, then items made by hand.
    const rows = escoSampleRows({ groups: 3, skills: 8 });
    rows.find((r) => r.uri === escoUri("skill", 5))!.broader = [escoUri("skill", 2)];
    await applyFrameworkImport(db.prisma, actor, {
      frameworkId,
      format: "esco",
      version: "v1",
      files: escoUpload(escoSampleFiles(rows)),
    });
    const group = await createSkill(db.prisma, actor, {
      frameworkId,
      kind: "group",
      name: "Our own group",
    });
    const tricky = await createSkill(db.prisma, actor, {
      frameworkId,
      name: "=SUM(A1) “quoted”, with commas",
      altLabels: ["a|b", "back\\slash", "ends with \\", "-minus", "@at"],
      description: '+1 line one\nline "two", and a | bar',
      parentId: group.id,
    });
    handMadeId = tricky.id;
    await createSkill(db.prisma, actor, {
      frameworkId,
      name: "Narrower by hand",
      uri: "own:narrower",
      parentId: tricky.id,
    });
  });
  afterAll(async () => db.close());

  const upload = (files: Array<{ fileName: string; contentBase64: string }>) =>
    files.map(({ fileName, contentBase64 }) => ({ fileName, contentBase64 }));

  for (const format of FORMATS) {
    it(`exports ${format} that imports back unchanged, and into a new framework as the same tree`, async () => {
      const exported = await exportFramework(db.prisma, { frameworkId, format });
      expect(exported.files).toHaveLength(format === "esco" ? 3 : 1);
      expect(exported.total).toBe(3 + 8 + 3);
      expect(exported.notes).toEqual([]);

      // Into the framework it came from: nothing changes.
      const request = { frameworkId, format, version: "v1", files: upload(exported.files) };
      const preview = await previewFrameworkImport(db.prisma, request);
      expect(preview.errors).toEqual([]);
      expect(preview.counts).toEqual({
        added: 0,
        changed: 0,
        retired: 0,
        unchanged: 14,
        restored: 0,
      });
      expect(preview.notes).toEqual([
        expect.stringMatching(/^skills whose parent is a broader skill rather than a group: 2;/),
      ]);

      // Into an empty framework: the same items, and its own export is the same file.
      const copy = await createFramework(db.prisma, actor, {
        name: `Export copy ${format}`,
        levels: SCALE,
      });
      const applied = await applyFrameworkImport(db.prisma, actor, {
        ...request,
        frameworkId: copy.id,
      });
      expect(applied.counts.added).toBe(14);
      const again = await exportFramework(db.prisma, { frameworkId: copy.id, format });
      const body = (files: typeof exported.files) =>
        files.map((f) =>
          format === "json" ? (JSON.parse(text(f)) as { skills: unknown }).skills : text(f),
        );
      expect(body(again.files)).toEqual(body(exported.files));
    });
  }

  it("writes ESCO's columns, one label per line, and guards formulas a spreadsheet would run", async () => {
    const { files } = await exportFramework(db.prisma, { frameworkId, format: "esco" });
    expect(files.map((f) => f.fileName)).toEqual([
      "export-source-skills_en.csv",
      "export-source-skillGroups_en.csv",
      "export-source-broaderRelationsSkillPillar_en.csv",
    ]);
    const [skills, groups, broader] = files.map(text);
    expect(skills!.split("\n")[0]).toBe(
      "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description",
    );
    expect(groups).toContain(`SkillGroup,${localSkillUri((await groupId())!)},Our own group`);
    expect(skills).toContain(
      `KnowledgeSkillCompetence,${localSkillUri(handMadeId)},,,"'=SUM(A1) “quoted”, with commas","a|b\nback\\slash\nends with \\\n-minus\n@at",,,,,,,"'+1 line one\nline ""two"", and a | bar"`,
    );
    expect(broader).toContain(
      `KnowledgeSkillCompetence,${escoUri("skill", 5)},maintain patients 5,KnowledgeSkillCompetence,${escoUri("skill", 2)},analyse budgets 2`,
    );
    const generic = text(
      (await exportFramework(db.prisma, { frameworkId, format: "generic" })).files[0]!,
    );
    expect(generic.split("\n")[0]).toBe("uri,name,alt_labels,description,parent_uri,kind");
    expect(generic).toContain(`,a\\|b|back\\\\slash|ends with \\\\|-minus|@at,"'+1 line one`);
  });

  it("updates a skill made by hand in place when an edited export names it by its local URI", async () => {
    const { files } = await exportFramework(db.prisma, { frameworkId, format: "generic" });
    const edited = text(files[0]!).replace(",Our own group,", ",Our renamed group,");
    const request = {
      frameworkId,
      format: "generic" as const,
      version: "v1-edited",
      files: [{ fileName: "edited.csv", contentBase64: Buffer.from(edited).toString("base64") }],
    };
    const result = await applyFrameworkImport(db.prisma, actor, request);
    expect(result.counts).toMatchObject({ added: 0, changed: 1, retired: 0 });
    const group = await db.prisma.skill.findUniqueOrThrow({ where: { id: (await groupId())! } });
    expect(group).toMatchObject({ name: "Our renamed group", uri: null, retiredAt: null });
    await applyFrameworkImport(db.prisma, actor, {
      ...request,
      files: [{ fileName: "back.csv", contentBase64: files[0]!.contentBase64 }],
    });
  });

  async function groupId() {
    const group = await db.prisma.skill.findFirst({
      where: { frameworkId, kind: "group", uri: null },
    });
    return group?.id;
  }

  it("leaves retired items out and says when a current item sits under one", async () => {
    const { id } = await createFramework(db.prisma, actor, { name: "Retiring", levels: SCALE });
    const csv = (lines: string[]) => [
      {
        fileName: "f.csv",
        contentBase64: Buffer.from(["uri,name,parent_uri,kind", ...lines].join("\n")).toString(
          "base64",
        ),
      },
    ];
    const release = (version: string, lines: string[]) =>
      applyFrameworkImport(db.prisma, actor, {
        frameworkId: id,
        format: "generic",
        version,
        files: csv(lines),
      });
    await release("1", ["g,Group,,group", "s,Skill,g,skill", "t,Other,g,skill"]);
    await release("2", ["s,Skill,g,skill"]);
    const exported = await exportFramework(db.prisma, { frameworkId: id, format: "generic" });
    expect(text(exported.files[0]!)).toBe(
      "uri,name,alt_labels,description,parent_uri,kind\ns,Skill,,,g,skill\n",
    );
    expect(exported.notes).toEqual([
      "1 item(s) sit under a retired parent, which the files leave out; they import back into this framework, elsewhere their parent must exist (first: “Skill”)",
    ]);
  });

  it("refuses an unknown framework or format by field", async () => {
    await expect(
      exportFramework(db.prisma, { frameworkId: crypto.randomUUID(), format: "json" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", field: "frameworkId" });
    await expect(
      exportFramework(db.prisma, { frameworkId, format: "xlsx" as never }),
    ).rejects.toThrow("must be esco, generic or json");
    await expect(
      exportFramework(db.prisma, { frameworkId: "nope", format: "json" }),
    ).rejects.toThrow("must be a framework id");
  });
});
