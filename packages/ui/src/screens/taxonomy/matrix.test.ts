import type { TFramework } from "@xroi/validators";
import { describe, expect, it } from "vitest";
import { cellKey, defaultLevel, indexCells, levelLabel, levelNames, roleCounts } from "./matrix";

const cells = [
  { roleId: "r1", skillId: "s1", targetLevel: 3, isEssential: true },
  { roleId: "r1", skillId: "s2", targetLevel: 2, isEssential: false },
  { roleId: "r2", skillId: "s1", targetLevel: 4, isEssential: true },
];

describe("role matrix cells", () => {
  it("looks cells up by role and skill", () => {
    const index = indexCells(cells);
    expect(index.get(cellKey("r1", "s2"))?.targetLevel).toBe(2);
    expect(index.get(cellKey("r2", "s2"))).toBeUndefined();
  });

  it("counts essential and optional skills per role", () => {
    expect(roleCounts(cells, "r1")).toEqual({ essential: 1, optional: 1 });
    expect(roleCounts(cells, "r3")).toEqual({ essential: 0, optional: 0 });
  });

  it("names levels from the framework's scale", () => {
    const frameworks = [
      { id: "f1", levels: [{ level: 3, name: "Practitioner", description: "" }] },
    ] as TFramework[];
    const names = levelNames(frameworks);
    expect(levelLabel(names, "f1", 3)).toBe("3 · Practitioner");
    expect(levelLabel(names, "f1", 4)).toBe("4");
    expect(levelLabel(names, "f2", 1)).toBe("1");
  });

  it("offers the cell's level, else the middle of the scale", () => {
    expect(defaultLevel([1, 2, 3, 4, 5], 4)).toBe(4);
    expect(defaultLevel([1, 2, 3, 4, 5])).toBe(3);
    expect(defaultLevel([1, 2, 3, 4])).toBe(2);
    expect(defaultLevel([])).toBeUndefined();
  });
});
