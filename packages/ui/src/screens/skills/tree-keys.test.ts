import { describe, expect, it } from "vitest";
import { moreRows, toggled, treeKeyMove, type TTreeRow } from "./tree-keys";

// Communication (open) > Listening, Writing (closed group); Digital (closed)
const rows: TTreeRow[] = [
  { id: "comm", level: 1, isExpandable: true, isExpanded: true },
  { id: "listen", level: 2, isExpandable: false, isExpanded: false },
  { id: "writing", level: 2, isExpandable: true, isExpanded: false },
  { id: "digital", level: 1, isExpandable: true, isExpanded: false },
];

describe("tree keys", () => {
  it("moves up and down and jumps to the ends", () => {
    expect(treeKeyMove(rows, 0, "ArrowDown")).toEqual({ type: "focus", index: 1 });
    expect(treeKeyMove(rows, 3, "ArrowDown")).toBeNull();
    expect(treeKeyMove(rows, 0, "ArrowUp")).toBeNull();
    expect(treeKeyMove(rows, 2, "Home")).toEqual({ type: "focus", index: 0 });
    expect(treeKeyMove(rows, 0, "End")).toEqual({ type: "focus", index: 3 });
  });

  it("opens a closed group, then steps into it", () => {
    expect(treeKeyMove(rows, 2, "ArrowRight")).toEqual({ type: "expand", id: "writing" });
    expect(treeKeyMove(rows, 0, "ArrowRight")).toEqual({ type: "focus", index: 1 });
    expect(treeKeyMove(rows, 1, "ArrowRight")).toBeNull();
  });

  it("closes an open group, or goes to the group an item is in", () => {
    expect(treeKeyMove(rows, 0, "ArrowLeft")).toEqual({ type: "collapse", id: "comm" });
    expect(treeKeyMove(rows, 2, "ArrowLeft")).toEqual({ type: "focus", index: 0 });
    expect(treeKeyMove(rows, 3, "ArrowLeft")).toBeNull();
  });

  it("activates on Enter and Space, ignores other keys", () => {
    expect(treeKeyMove(rows, 1, "Enter")).toEqual({ type: "activate", id: "listen" });
    expect(treeKeyMove(rows, 1, " ")).toEqual({ type: "activate", id: "listen" });
    expect(treeKeyMove(rows, 1, "a")).toBeNull();
    expect(treeKeyMove([], 0, "ArrowDown")).toBeNull();
  });
});

describe("tree state", () => {
  it("counts what a Show more row brings", () => {
    expect(moreRows(250, 100, 100)).toEqual({ remaining: 150, next: 100 });
    expect(moreRows(250, 200, 100)).toEqual({ remaining: 50, next: 50 });
    expect(moreRows(10, 10, 100)).toEqual({ remaining: 0, next: 0 });
  });

  it("toggles ids without touching the old set", () => {
    const open = new Set(["a"]);
    expect([...toggled(open, "b")]).toEqual(["a", "b"]);
    expect([...toggled(open, "a")]).toEqual([]);
    expect([...toggled(open, "a", true)]).toEqual(["a"]);
    expect([...open]).toEqual(["a"]);
  });
});
