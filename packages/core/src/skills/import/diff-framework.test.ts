import { describe, expect, it } from "vitest";
import { diffExamples } from "./diff-examples";
import { diffFramework, type TExistingSkill } from "./diff-framework";
import type { TImportConcept } from "./types";

function concept(uri: string, name: string, parentUri: string | null = null): TImportConcept {
  return {
    uri,
    kind: "skill",
    name,
    altLabels: [],
    description: "",
    parentUri,
    file: "f.csv",
    line: 2,
  };
}
function stored(
  uri: string | null,
  name: string,
  extra: Partial<TExistingSkill> = {},
): TExistingSkill {
  return {
    id: `id-${uri ?? name}`,
    uri,
    kind: "skill",
    name,
    altLabels: [],
    description: "",
    parentId: null,
    parentUri: null,
    retiredAt: null,
    ...extra,
  };
}

describe("diffFramework", () => {
  const existing = [
    stored("g1", "Group one", { kind: "group" }),
    stored("g2", "Group two", { kind: "group" }),
    stored("same", "Same", { parentId: "id-g1", parentUri: "g1" }),
    stored("renamed", "Old name", { parentId: "id-g1", parentUri: "g1" }),
    stored("moved", "Moved", { parentId: "id-g1", parentUri: "g1" }),
    stored("labels", "Labels", { altLabels: ["a", "b"] }),
    stored("dropped", "Dropped"),
    stored("gone-before", "Gone before", { retiredAt: new Date("2025-01-01") }),
    stored("back", "Back", { retiredAt: new Date("2025-01-01") }),
    stored(null, "Made by hand"),
  ];
  const groups = [
    { ...concept("g1", "Group one"), kind: "group" as const },
    { ...concept("g2", "Group two"), kind: "group" as const },
  ];
  const concepts = [
    ...groups,
    concept("same", "Same", "g1"),
    concept("renamed", "New name", "g1"),
    concept("moved", "Moved", "g2"),
    { ...concept("labels", "Labels"), altLabels: ["a", "c"], kind: "group" as const },
    concept("back", "Back"),
    concept("new", "New", "g2"),
  ];

  it("sorts the release into added, changed, retired and unchanged by URI", () => {
    const diff = diffFramework(concepts, existing);
    expect(diff.counts).toEqual({ added: 1, changed: 4, retired: 1, unchanged: 3, restored: 1 });
    expect(diff.added.map((c) => c.uri)).toEqual(["new"]);
    expect(diff.changed.map((c) => [c.concept.uri, c.fields])).toEqual([
      ["renamed", ["name"]],
      ["moved", ["parent"]],
      ["labels", ["altLabels", "kind"]],
      ["back", ["restored"]],
    ]);
    // Already retired, and made by hand, are left alone.
    expect(diff.retired.map((s) => s.uri)).toEqual(["dropped"]);
    expect(diff.unchanged.map((c) => c.uri)).toEqual(["g1", "g2", "same"]);
  });

  it("shows examples with parents by name", () => {
    const diff = diffFramework(concepts, existing);
    const examples = diffExamples(diff, concepts, existing);
    expect(examples.added).toEqual([
      { uri: "new", name: "New", kind: "skill", parent: "Group two" },
    ]);
    expect(examples.changed[1]).toEqual({
      uri: "moved",
      name: "Moved",
      kind: "skill",
      parent: "Group two",
      changes: [{ field: "parent", before: "Group one", after: "Group two" }],
    });
    expect(examples.changed[2]!.changes).toEqual([
      { field: "altLabels", before: "a | b", after: "a | c" },
      { field: "kind", before: "skill", after: "group" },
    ]);
    expect(examples.retired).toEqual([
      { uri: "dropped", name: "Dropped", kind: "skill", parent: "" },
    ]);
  });

  it("keeps at most 50 examples per bucket", () => {
    const many = Array.from({ length: 120 }, (_, i) => concept(`n${i}`, `N${i}`));
    const diff = diffFramework(many, []);
    expect(diff.counts.added).toBe(120);
    expect(diffExamples(diff, many, []).added).toHaveLength(50);
  });

  it("finds nothing to do when the release is what is stored", () => {
    const release = [...groups, concept("same", "Same", "g1")];
    const current = [
      stored("g1", "Group one", { kind: "group" }),
      stored("g2", "Group two", { kind: "group" }),
      stored("same", "Same", { parentId: "id-g1", parentUri: "g1" }),
    ];
    expect(diffFramework(release, current).counts).toEqual({
      added: 0,
      changed: 0,
      retired: 0,
      unchanged: 3,
      restored: 0,
    });
  });
});
