import { describe, expect, it } from "vitest";
import { groupItems, phaseLabel } from "./group-items";

const item = (
  id: string,
  category: "people" | "technology" | "participant_time",
  phase: "discovery" | "build" | "operations",
  amountInWindowMinor: bigint,
) => ({ id, category, phase, amountInWindowMinor });

const items = [
  item("a", "technology", "operations", 240_000n),
  item("b", "people", "discovery", 960_000n),
  item("c", "participant_time", "build", 234_375n),
  item("d", "people", "build", 1n),
];

describe("groupItems", () => {
  it("keeps every item in one group with the exact total when not grouping", () => {
    const [all, ...rest] = groupItems(items, "none");
    expect(rest).toEqual([]);
    expect(all!.items.map((i) => i.id)).toEqual(["a", "b", "c", "d"]);
    expect(all!.subtotalMinor).toBe(1_434_376n);
  });

  it("groups by category in the validators' order, leaving out empty categories", () => {
    const groups = groupItems(items, "category");
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id), g.subtotalMinor])).toEqual([
      ["People", ["b", "d"], 960_001n],
      ["Technology", ["a"], 240_000n],
      ["Participant time", ["c"], 234_375n],
    ]);
  });

  it("groups by phase in the project's order", () => {
    const groups = groupItems(items, "phase");
    expect(groups.map((g) => [g.key, g.label, g.subtotalMinor])).toEqual([
      ["discovery", "Discovery", 960_000n],
      ["build", "Build", 234_376n],
      ["operations", "Operations", 240_000n],
    ]);
  });

  it("sums beyond what a float holds exactly", () => {
    const big = 2n ** 60n;
    const [group] = groupItems(
      [item("x", "people", "build", big), item("y", "people", "build", 1n)],
      "category",
    );
    expect(group!.subtotalMinor).toBe(big + 1n);
  });

  it("gives no groups for no items", () => {
    expect(groupItems([], "category")).toEqual([]);
    expect(groupItems([], "none")[0]!.subtotalMinor).toBe(0n);
  });
});

describe("phaseLabel", () => {
  it("reads like a word", () => {
    expect(phaseLabel("deployment")).toBe("Deployment");
    expect(phaseLabel("some_phase")).toBe("Some phase");
  });
});
