import type { TFrameworkImportPreview } from "@xroi/validators";
import { describe, expect, it } from "vitest";
import { importChangeCount, importExamples } from "./import-examples";

const example = (name: string) => ({
  uri: `urn:${name}`,
  name,
  kind: "skill" as const,
  parent: "Sales",
});

describe("import preview examples", () => {
  it("lists added, changed (with before → after) and retired, a few of each", () => {
    const examples: TFrameworkImportPreview["examples"] = {
      added: [example("Negotiate"), example("Listen"), example("Quote")],
      changed: [
        { ...example("Write"), changes: [{ field: "name", before: "Writing", after: "Write" }] },
      ],
      retired: [example("Telex")],
      unchanged: [example("Read")],
    };
    expect(importExamples(examples, 2)).toEqual([
      { change: "added", name: "Negotiate", kind: "skill", parent: "Sales", detail: "" },
      { change: "added", name: "Listen", kind: "skill", parent: "Sales", detail: "" },
      {
        change: "changed",
        name: "Write",
        kind: "skill",
        parent: "Sales",
        detail: "name: “Writing” → “Write”",
      },
      { change: "retired", name: "Telex", kind: "skill", parent: "Sales", detail: "" },
    ]);
  });

  it("counts what applying would change", () => {
    expect(
      importChangeCount({ added: 3, changed: 2, retired: 1, restored: 1, unchanged: 900 }),
    ).toBe(7);
  });
});
