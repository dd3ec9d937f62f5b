import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { skills } from "@xroi/core";
import { openDatabase } from "@xroi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing";

// Like production: the CLI opens PGlite in XROI_DATA_DIR; the test fills it first.
const dataDir = mkdtempSync(path.join(tmpdir(), "xroi-cli-skills-"));
const outDir = mkdtempSync(path.join(tmpdir(), "xroi-cli-export-"));
// eslint-disable-next-line no-restricted-properties -- tests set the environment the CLI reads
process.env.XROI_DATA_DIR = dataDir;

const run = runCli;

describe("xroi skills export", () => {
  let frameworkId = "";
  beforeAll(async () => {
    const db = await openDatabase({ dataDir });
    try {
      ({ id: frameworkId } = await skills.createFramework(db.prisma, null, {
        name: "Trade Skills 2026",
        levels: [{ level: 1, name: "Aware" }],
      }));
      const group = await skills.createSkill(db.prisma, null, {
        frameworkId,
        kind: "group",
        name: "Customs",
        uri: "t:customs",
      });
      await skills.createSkill(db.prisma, null, {
        frameworkId,
        name: "HS codes",
        uri: "t:hs",
        altLabels: ["tariff codes"],
        parentId: group.id,
      });
    } finally {
      await db.close();
    }
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it("writes generic CSV or JSON to standard output, finding the framework by name in any case", async () => {
    const csv = await run(
      "skills",
      "export",
      "--framework",
      "trade skills 2026",
      "--format",
      "csv",
    );
    expect(csv.code).toBe(0);
    expect(csv.written).toBe(
      "uri,name,alt_labels,description,parent_uri,kind\nt:customs,Customs,,,,group\nt:hs,HS codes,tariff codes,,t:customs,skill\n",
    );
    expect(csv.err).toBe("");
    const json = await run(
      "skills",
      "export",
      "--framework",
      "Trade Skills 2026",
      "--format",
      "json",
    );
    expect(JSON.parse(json.written)).toMatchObject({
      framework: { name: "Trade Skills 2026", version: "" },
      skills: [{ uri: "t:customs" }, { uri: "t:hs", parentUri: "t:customs", kind: "skill" }],
    });
  });

  it("writes a file with --out, and ESCO's three files into a folder", async () => {
    const file = path.join(outDir, "trade.json");
    const json = await run(
      "skills",
      "export",
      "--framework",
      "Trade Skills 2026",
      "--format",
      "json",
      "--out",
      file,
    );
    expect(json.code).toBe(0);
    expect(json.err).toBe(`Exported 2 skills and groups to ${file}.`);
    expect(JSON.parse(readFileSync(file, "utf8")).skills).toHaveLength(2);

    const folder = path.join(outDir, "esco");
    const esco = await run(
      "skills",
      "export",
      "--framework",
      "Trade Skills 2026",
      "--format",
      "esco",
      "--out",
      folder,
    );
    expect(esco.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([
      "trade-skills-2026-broaderRelationsSkillPillar_en.csv",
      "trade-skills-2026-skillGroups_en.csv",
      "trade-skills-2026-skills_en.csv",
    ]);
    expect(
      readFileSync(
        path.join(folder, "trade-skills-2026-broaderRelationsSkillPillar_en.csv"),
        "utf8",
      ),
    ).toContain("KnowledgeSkillCompetence,t:hs,HS codes,SkillGroup,t:customs,Customs");
  });

  it("refuses an unknown framework or format, and esco without a folder, in one line", async () => {
    const unknown = await run("skills", "export", "--framework", "Nope", "--format", "csv");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe(
      "error: framework: no framework is named “Nope” (frameworks: “Trade Skills 2026”)",
    );
    const format = await run(
      "skills",
      "export",
      "--framework",
      "Trade Skills 2026",
      "--format",
      "xlsx",
    );
    expect(format.code).toBe(1);
    expect(format.err).toMatch(
      /option '--format <format>' argument 'xlsx' is invalid\. Allowed choices are csv, esco, json/,
    );
    const esco = await run(
      "skills",
      "export",
      "--framework",
      "Trade Skills 2026",
      "--format",
      "esco",
    );
    expect(esco.err).toBe(
      "error: out: esco writes three files: name a folder for them with --out <folder>",
    );
    const missing = await run("skills", "export", "--format", "csv");
    expect(missing.err).toMatch(/required option '--framework <name>' not specified/);
  });
});
