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

  it("keeps a skill under a broader skill with a note, and refuses a group under a skill", () => {
    const group = { ...concept("g", "Trade", null, 2), kind: "group" as const };
    const broader = concept("s1", "Negotiate", "g", 3);
    const narrower = concept("s2", "Negotiate prices", "s1", 4);
    const ok = analyseParsed(parsed([group, broader, narrower]), [], "generic");
    expect(ok.errors).toEqual([]);
    expect(ok.diff?.counts.added).toBe(3);
    expect(ok.notes).toEqual([
      "skills whose parent is a broader skill rather than a group: 1; they are kept under that skill (first: “Negotiate prices”, f.csv line 4)",
    ]);
    // The broader skill may already be in the framework (this release retires it: noted too).
    const existingSkill = { ...stored("s1", "Negotiate"), kind: "skill" as const };
    const later = analyseParsed(parsed([narrower]), [existingSkill], "generic");
    expect(later.errors).toEqual([]);
    expect(later.notes).toContainEqual(
      expect.stringMatching(/^skills whose parent is a broader skill rather than a group: 1;/),
    );

    const wrongGroup = { ...concept("g2", "Pricing", "s1", 5), kind: "group" as const };
    const refused = analyseParsed(parsed([group, broader, wrongGroup]), [], "generic");
    expect(refused.errors).toEqual([
      {
        file: "f.csv",
        line: 5,
        column: "parent_uri",
        message:
          "names a skill as the parent of a group (s1); a group can only sit in another group",
      },
    ]);
    const underExisting = analyseParsed(parsed([wrongGroup]), [existingSkill], "generic");
    expect(underExisting.errors.map((e) => e.line)).toEqual([5]);
  });

  it("refuses to make a skill of an item that holds a group made by hand", () => {
    const existingGroup = stored("g", "Trade");
    const handMade = { ...stored(null, "Our own group"), parentId: existingGroup.id };
    const nowSkill = concept("g", "Trade", null, 2);
    const analysis = analyseParsed(parsed([nowSkill]), [existingGroup, handMade], "generic");
    expect(analysis.errors).toEqual([
      {
        file: "f.csv",
        line: 2,
        column: "uri",
        message:
          "is a skill in the files, but the group “Our own group” (made by hand) sits in it; move that group first",
      },
    ]);
  });
});
