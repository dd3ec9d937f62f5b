import { describe, expect, it } from "vitest";
import { ESCO_COLUMNS } from "./parse-esco";
import { JSON_COLUMNS } from "./parse-json";
import { describeProblem, MAX_IMPORT_CONCEPTS, type TImportConcept } from "./types";
import { validateConcepts } from "./validate-concepts";

function concept(
  uri: string,
  parentUri: string | null,
  line: number,
  file = "skills_en.csv",
): TImportConcept {
  return {
    uri,
    kind: "skill",
    name: `name of ${uri}`,
    altLabels: [],
    description: "",
    parentUri,
    file,
    line,
  };
}
const esco = {
  columns: ESCO_COLUMNS,
  unit: "line" as const,
  existingParents: new Map<string, string | null>(),
};

describe("validateConcepts", () => {
  it("accepts a tree whose parents are in the files or already in the framework", () => {
    const concepts = [concept("g", null, 2), concept("a", "g", 3), concept("b", "old", 4)];
    const existingParents = new Map([["old", null]]);
    expect(validateConcepts(concepts, { ...esco, existingParents })).toEqual([]);
  });

  it("names the line and column of an empty URI or name", () => {
    const concepts = [
      { ...concept("", null, 2), name: "" },
      { ...concept("b", null, 3), name: "x".repeat(201) },
    ];
    expect(validateConcepts(concepts, esco)).toEqual([
      { file: "skills_en.csv", line: 2, column: "conceptUri", message: "is required" },
      { file: "skills_en.csv", line: 2, column: "preferredLabel", message: "is required" },
      {
        file: "skills_en.csv",
        line: 3,
        column: "preferredLabel",
        message: "must be at most 200 characters",
      },
    ]);
  });

  it("names both lines of a repeated URI, in another file too", () => {
    const concepts = [
      concept("a", null, 4),
      concept("b", null, 7),
      concept("a", null, 12),
      concept("b", null, 3, "skillGroups_en.csv"),
    ];
    const problems = validateConcepts(concepts, esco);
    expect(problems.map((p) => describeProblem(p, "esco"))).toEqual([
      "skills_en.csv line 12 conceptUri: appears twice (also line 4)",
      "skillGroups_en.csv line 3 conceptUri: appears twice (also skills_en.csv line 7)",
    ]);
  });

  it("points at the broader relation that names an unknown parent", () => {
    const concepts = [concept("a", "nowhere", 2)];
    concepts[0]!.parentAt = { file: "broaderRelationsSkillPillar_en.csv", line: 9 };
    expect(validateConcepts(concepts, esco)).toEqual([
      {
        file: "broaderRelationsSkillPillar_en.csv",
        line: 9,
        column: "broaderUri",
        message: "names a parent that is neither in the files nor in the framework: nowhere",
      },
    ]);
  });

  it("finds a self-loop, a 3-cycle, and a cycle through a framework skill", () => {
    const concepts = [
      concept("top", null, 2),
      concept("self", "self", 3),
      concept("a", "c", 4),
      concept("b", "a", 5),
      concept("c", "b", 6),
      concept("under-a", "a", 7),
      // "kept" is in the framework under "x", which this file puts under "kept".
      concept("x", "kept", 8),
    ];
    const existingParents = new Map<string, string | null>([
      ["kept", "x"],
      ["x", null],
    ]);
    const problems = validateConcepts(concepts, { ...esco, existingParents });
    expect(problems.map((p) => describeProblem(p, "esco"))).toEqual([
      "skills_en.csv line 3 broaderUri: self is its own parent",
      "skills_en.csv line 4 broaderUri: the hierarchy goes round in a circle: a → c → b → a",
      "skills_en.csv line 8 broaderUri: the hierarchy goes round in a circle: x → kept → x",
    ]);
  });

  it("counts JSON places as items", () => {
    const concepts = [concept("a", null, 1, "fw.json"), concept("a", null, 3, "fw.json")];
    const problems = validateConcepts(concepts, { ...esco, columns: JSON_COLUMNS, unit: "item" });
    expect(problems.map((p) => describeProblem(p, "json"))).toEqual([
      "fw.json item 3 uri: appears twice (also item 1)",
    ]);
  });

  it("refuses more than the most concepts one import may hold", () => {
    const many = Array.from({ length: MAX_IMPORT_CONCEPTS + 1 }, (_, i) =>
      concept(`u${i}`, null, i + 2),
    );
    expect(validateConcepts(many, esco)).toEqual([
      {
        file: "skills_en.csv",
        line: 0,
        message: `hold ${MAX_IMPORT_CONCEPTS + 1} skills and groups; at most ${MAX_IMPORT_CONCEPTS} per import`,
      },
    ]);
  });
});
