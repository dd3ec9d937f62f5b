import { describe, expect, it } from "vitest";
import { analyseParsed } from "./analyse-import";
import type { TExistingSkill } from "./diff-framework";
import { GENERIC_COLUMNS } from "./parse-generic";
import type { TImportConcept, TParsedFramework } from "./types";

function concept(
  uri: string,
  name: string,
  parentUri: string | null,
  line: number,
): TImportConcept {
  return {
    uri,
    kind: "skill",
    name,
    altLabels: [],
    description: "",
    parentUri,
    file: "f.csv",
    line,
  };
}
function stored(uri: string | null, name: string): TExistingSkill {
  return {
    id: `id-${uri ?? name}`,
    uri,
    kind: "group",
    name,
    altLabels: [],
    description: "",
    parentId: null,
    parentUri: null,
    retiredAt: null,
  };
}
function parsed(
  concepts: TImportConcept[],
  extra: Partial<TParsedFramework> = {},
): TParsedFramework {
  return { concepts, errors: [], notes: [], columns: GENERIC_COLUMNS, unreadFiles: [], ...extra };
}

describe("analyseParsed", () => {
  it("notes hand-made skills, parents the release retires, and names repeated in a group", () => {
    const existing = [stored("old-group", "Old group"), stored(null, "Made by hand")];
    const concepts = [
      concept("a", "Reviewing", "old-group", 2),
      concept("b", " reviewing ", "old-group", 3),
      concept("c", "Reviewing", null, 4),
    ];
    const analysis = analyseParsed(parsed(concepts), existing, "generic");
    expect(analysis.errors).toEqual([]);
    expect(analysis.diff?.counts).toMatchObject({ added: 3, retired: 1 });
    expect(analysis.notes).toEqual([
      "skills of this framework without a URI (made by hand), left as they are: 1",
      "skills or groups kept under a parent that this release retires: 2",
      "skills named like another under the same parent: 1 (first: “ reviewing ”, f.csv line 3)",
    ]);
  });

  it("skips the checks across files when a file could not be read, and has no diff with errors", () => {
    const unread = parsed([concept("a", "A", "missing-group", 2)], {
      errors: [{ file: "groups.csv", line: 0, message: "must be UTF-8 encoded" }],
      unreadFiles: ["groups.csv"],
    });
    const analysis = analyseParsed(unread, [], "generic");
    expect(analysis.errors).toEqual(unread.errors); // no "unknown parent" noise
    expect(analysis.diff).toBeUndefined();
    const wrong = analyseParsed(parsed([concept("a", "A", "missing-group", 2)]), [], "generic");
    expect(wrong.errors.map((e) => e.column)).toEqual(["parent_uri"]);
    expect(wrong.diff).toBeUndefined();
  });
});
