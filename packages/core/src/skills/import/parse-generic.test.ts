import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { joinBarLabels, parseGenericFiles, splitBarLabels } from "./parse-generic";
import { withoutFormulaGuard } from "./types";
import { parseJsonFiles } from "./parse-json";

const file = (fileName: string, text: string) => ({
  fileName,
  bytes: new TextEncoder().encode(text),
});

describe("parseGenericFiles", () => {
  it("reads columns named in any case or spacing, labels split on |, kind skill by default", () => {
    const text = [
      "URI,Name,Alt Labels,Description,Parent-URI,KIND",
      "eng,Engineering,,All of it,,Group",
      'eng.review,Code review, reviewing | PR review |  | reviewing ,"Reads diffs, kindly",eng,',
      "eng.tests,Testing,,,eng,skill",
    ].join("\n");
    const parsed = parseGenericFiles([file("framework.csv", text)]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.concepts).toEqual([
      {
        uri: "eng",
        kind: "group",
        name: "Engineering",
        altLabels: [],
        description: "All of it",
        parentUri: null,
        file: "framework.csv",
        line: 2,
      },
      {
        uri: "eng.review",
        kind: "skill",
        name: "Code review",
        altLabels: ["reviewing", "PR review"],
        description: "Reads diffs, kindly",
        parentUri: "eng",
        file: "framework.csv",
        line: 3,
      },
      expect.objectContaining({ uri: "eng.tests", kind: "skill", parentUri: "eng", line: 4 }),
    ]);
  });

  it("names missing, unknown and repeated columns, and a kind it does not know", () => {
    const parsed = parseGenericFiles([
      file("a.csv", "uri,Title,parent\nx,y,z"),
      file("b.csv", "uri,name,Name\nx,y,y"),
      file("c.csv", "uri,name,kind\nx,X,category\n"),
    ]);
    expect(parsed.errors).toEqual([
      { file: "a.csv", line: 1, column: "name", message: "this column is missing" },
      {
        file: "a.csv",
        line: 1,
        column: "Title",
        message: expect.stringMatching(/^is not a framework column \(uri, name, alt_labels/),
      },
      {
        file: "a.csv",
        line: 1,
        column: "parent",
        message: expect.stringMatching(/^is not a framework column/),
      },
      { file: "b.csv", line: 1, column: "name", message: "appears twice" },
      { file: "c.csv", line: 2, column: "kind", message: "must be group or skill" },
    ]);
    expect(parsed.unreadFiles).toEqual(["a.csv", "b.csv"]);
  });

  it("refuses a file that is not UTF-8, or is empty", () => {
    const latin1 = {
      fileName: "l.csv",
      bytes: new Uint8Array(Buffer.from("uri,name\nx,Café", "latin1")),
    };
    const parsed = parseGenericFiles([latin1, file("e.csv", "\n\n")]);
    expect(parsed.errors).toEqual([
      { file: "l.csv", line: 0, message: expect.stringMatching(/^must be UTF-8 encoded/) },
      { file: "e.csv", line: 0, message: "is empty; line 1 must name the columns" },
    ]);
  });
});

describe("parseJsonFiles", () => {
  it("reads the skills list, counting items from 1", () => {
    const json = JSON.stringify({
      framework: { name: "Engineering", version: "2026.1" },
      skills: [
        { uri: "eng", name: "Engineering", kind: "group" },
        {
          uri: "eng.review",
          name: " Code review ",
          altLabels: ["PR review", "PR review", " "],
          parentUri: "eng",
        },
        { uri: "eng.tests", name: "Testing", description: "Writes tests", parentUri: null },
      ],
    });
    const parsed = parseJsonFiles([file("fw.json", json)], "2026.1");
    expect(parsed.errors).toEqual([]);
    expect(parsed.notes).toEqual([]);
    expect(parsed.concepts).toEqual([
      {
        uri: "eng",
        kind: "group",
        name: "Engineering",
        altLabels: [],
        description: "",
        parentUri: null,
        file: "fw.json",
        line: 1,
      },
      {
        uri: "eng.review",
        kind: "skill",
        name: "Code review",
        altLabels: ["PR review"],
        description: "",
        parentUri: "eng",
        file: "fw.json",
        line: 2,
      },
      {
        uri: "eng.tests",
        kind: "skill",
        name: "Testing",
        altLabels: [],
        description: "Writes tests",
        parentUri: null,
        file: "fw.json",
        line: 3,
      },
    ]);
  });

  it("names the item and field that are wrong, and files that are not framework JSON", () => {
    const json = JSON.stringify({
      framework: { version: "2025" },
      skills: [{ uri: "a", name: "A" }, { name: "B" }, "C", { uri: "d", name: 4, kind: "area" }],
    });
    const parsed = parseJsonFiles(
      [file("fw.json", json), file("bad.json", "{ skills: [] }"), file("list.json", "[]")],
      "2026",
    );
    expect(parsed.errors).toEqual([
      { file: "fw.json", line: 2, column: "uri", message: "is required" },
      { file: "fw.json", line: 3, message: "must be an object" },
      { file: "fw.json", line: 4, column: "name", message: "must be text" },
      { file: "fw.json", line: 4, column: "kind", message: "must be group or skill" },
      { file: "bad.json", line: 0, message: expect.stringMatching(/^is not valid JSON/) },
      { file: "list.json", line: 0, message: "must be an object with a skills list" },
    ]);
    expect(parsed.notes).toEqual([
      "fw.json says it is version “2025”; it is imported as version “2026”",
    ]);
    expect(parsed.concepts.map((c) => c.uri)).toEqual(["a"]);
  });
});

describe("alt_labels with bars and backslashes", () => {
  it("reads \\| as a bar and \\\\ as a backslash, and keeps any other backslash", () => {
    expect(splitBarLabels("a\\|b|C:\\dir| c\\\\ |c\\\\")).toEqual(["a|b", "C:\\dir", "c\\"]);
    expect(joinBarLabels(["a|b", "C:\\dir", "end\\"])).toBe("a\\|b|C:\\\\dir|end\\\\");
  });

  it("reads back whatever labels an export joins", () => {
    const label = fc
      .string({ unit: fc.constantFrom("a", "|", "\\", " ", "x") })
      .map((l) => l.trim())
      .filter((l) => l !== "");
    fc.assert(
      fc.property(fc.uniqueArray(label, { maxLength: 6 }), (labels) => {
        expect(splitBarLabels(joinBarLabels(labels))).toEqual(labels);
      }),
    );
  });

  it("takes off the apostrophe exports put before a formula, and only that", () => {
    expect(withoutFormulaGuard("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(withoutFormulaGuard("'-minus")).toBe("-minus");
    expect(withoutFormulaGuard("'quoted'")).toBe("'quoted'");
    expect(withoutFormulaGuard("=raw")).toBe("=raw");
    const parsed = parseGenericFiles([
      file("f.csv", "uri,name,description\nu,\"'=HYPERLINK(1)\",'+1 more\n"),
    ]);
    expect(parsed.concepts[0]).toMatchObject({ name: "=HYPERLINK(1)", description: "+1 more" });
  });
});
