import { describe, expect, it } from "vitest";
import { escoFiles, escoSampleRows } from "./esco-sample";
import { parseEscoFiles } from "./parse-esco";

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (fileName: string, text: string) => ({ fileName, bytes: utf8(text) });

const SKILLS = [
  "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description",
  'KnowledgeSkillCompetence,http://e/s/1,skill/competence,sector-specific,manage musical staff,"assign and manage staff tasks\ncoordinate musical staff\n\nmanage music staff",,released,2023-07-21T08:50:52.913Z,,,http://e/scheme,"Assign and manage staff tasks in areas such as scoring, arranging, ""copying"" music."',
  "KnowledgeSkillCompetence,http://e/s/2,knowledge,cross-sector,Java (computer programming),,,released,,,The language Java.,http://e/scheme,",
  "",
  'KnowledgeSkillCompetence,http://e/s/3,skill/competence,transversal,  supervise correctional procedures ,"",,released,,,,http://e/scheme,Supervise the operations.',
].join("\r\n");
const GROUPS = [
  "conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,inScheme,description,code",
  "SkillGroup,http://e/g/1,management skills,,,released,,,http://e/scheme,Managing people.,S4",
  'SkillGroup,http://e/g/2,"information and communication technologies (icts)","icts\nict",,released,,,http://e/scheme,,06',
].join("\n");
const BROADER = [
  "conceptType,conceptUri,conceptLabel,broaderType,broaderUri,broaderLabel",
  "KnowledgeSkillCompetence,http://e/s/1,manage musical staff,SkillGroup,http://e/g/1,management skills",
  "KnowledgeSkillCompetence,http://e/s/2,Java,SkillGroup,http://e/g/2,icts",
  "KnowledgeSkillCompetence,http://e/s/1,manage musical staff,SkillGroup,http://e/g/2,icts",
  "KnowledgeSkillCompetence,http://e/s/9,not in any file,SkillGroup,http://e/g/1,management skills",
].join("\n");

describe("parseEscoFiles", () => {
  it("reads skills, groups and the first broader relation, whatever the files are called", () => {
    const parsed = parseEscoFiles([
      file("b.csv", BROADER),
      file("a.csv", SKILLS),
      file("c.csv", GROUPS),
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.unreadFiles).toEqual([]);
    expect(parsed.concepts.map((c) => [c.uri, c.kind, c.file, c.line])).toEqual([
      ["http://e/s/1", "skill", "a.csv", 2],
      ["http://e/s/2", "skill", "a.csv", 6],
      ["http://e/s/3", "skill", "a.csv", 8],
      ["http://e/g/1", "group", "c.csv", 2],
      ["http://e/g/2", "group", "c.csv", 3],
    ]);
    const [staff, java, supervise, , icts] = parsed.concepts;
    // The quoted cell holds one label per line (lines 2 to 5); the blank one is dropped.
    expect(staff!.altLabels).toEqual([
      "assign and manage staff tasks",
      "coordinate musical staff",
      "manage music staff",
    ]);
    expect(staff!.description).toBe(
      'Assign and manage staff tasks in areas such as scoring, arranging, "copying" music.',
    );
    expect(staff!.parentUri).toBe("http://e/g/1");
    expect(staff!.parentAt).toEqual({ file: "b.csv", line: 2 });
    expect(java!.description).toBe("The language Java."); // definition when description is empty
    expect(java!.parentUri).toBe("http://e/g/2");
    expect(supervise!.name).toBe("supervise correctional procedures");
    expect(supervise!.parentUri).toBeNull();
    expect(icts!.altLabels).toEqual(["icts", "ict"]);
    expect(parsed.notes).toEqual([
      "concepts with more than one broader concept: 1; the first listed is kept as the parent, the other 1 relations are left out (first: b.csv line 4)",
      "broader relations skipped because their concept is in none of the skills or skill groups files: 1 (first: b.csv line 5)",
    ]);
  });

  it("reads the sample export the tests and the benchmark use", () => {
    const rows = escoSampleRows({ groups: 12, skills: 40 });
    const files = escoFiles(rows);
    const parsed = parseEscoFiles([
      file("skills_en.csv", files.skills),
      file("skillGroups_en.csv", files.groups),
      file("broaderRelationsSkillPillar_en.csv", files.broader),
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.concepts).toHaveLength(52);
    const byUri = new Map(parsed.concepts.map((c) => [c.uri, c]));
    for (const row of rows) {
      const concept = byUri.get(row.uri)!;
      expect(concept).toMatchObject({
        kind: row.type,
        name: row.name,
        altLabels: row.altLabels,
        description: row.description,
        parentUri: row.broader[0] ?? null,
      });
    }
  });

  it("names the file and the column that is missing, and refuses files it does not know", () => {
    const noLabel = SKILLS.replace("preferredLabel", "label");
    const parsed = parseEscoFiles([
      file("skills_en.csv", noLabel),
      file("occupations_en.csv", "conceptUri,iscoGroup,code\nhttp://e/o/1,2654,x"),
      file("broader.csv", "conceptType,conceptUri,broaderType\n"),
    ]);
    expect(parsed.errors).toEqual([
      {
        file: "skills_en.csv",
        line: 1,
        column: "preferredLabel",
        message: "this column is missing",
      },
      {
        file: "occupations_en.csv",
        line: 1,
        message: expect.stringMatching(
          /is not an ESCO skills, skill groups or broader relations file/,
        ),
      },
      { file: "broader.csv", line: 1, column: "broaderUri", message: "this column is missing" },
    ]);
    expect(parsed.unreadFiles).toEqual(["skills_en.csv", "occupations_en.csv", "broader.csv"]);
  });

  it("refuses UTF-16 and Latin-1 files, and says where a quoted cell is left open", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(GROUPS, "utf16le")]);
    const utf16NoMark = new Uint8Array(Buffer.from(GROUPS, "utf16le"));
    const latin1 = new Uint8Array(Buffer.from(GROUPS.replace("management", "gestión"), "latin1"));
    const open = `${GROUPS}\nSkillGroup,http://e/g/3,"never closed,,,,,,,,\n`;
    const parsed = parseEscoFiles([
      { fileName: "utf16.csv", bytes: utf16 },
      { fileName: "utf16-no-mark.csv", bytes: utf16NoMark },
      { fileName: "latin1.csv", bytes: latin1 },
      file("open.csv", open),
    ]);
    expect(parsed.errors).toEqual([
      { file: "utf16.csv", line: 0, message: "must be UTF-8 encoded; this file is UTF-16" },
      {
        file: "utf16-no-mark.csv",
        line: 0,
        message: "must be UTF-8 encoded; this file looks like UTF-16",
      },
      {
        file: "latin1.csv",
        line: 0,
        message: expect.stringMatching(/^must be UTF-8 encoded; save it/),
      },
      // The groups file's last record spans lines 3 and 4, so the open one starts on line 5.
      { file: "open.csv", line: 5, message: "a quoted cell is never closed" },
    ]);
  });

  it("says so when there are no skills, and when there is no hierarchy", () => {
    expect(parseEscoFiles([file("broader.csv", BROADER)]).errors).toEqual([
      { file: "broader.csv", line: 0, message: expect.stringMatching(/hold no skills/) },
    ]);
    const flat = parseEscoFiles([file("skills.csv", SKILLS)]);
    expect(flat.errors).toEqual([]);
    expect(flat.notes).toEqual([expect.stringMatching(/^no broader relations file/)]);
    expect(flat.concepts.every((c) => c.parentUri === null)).toBe(true);
  });
});
