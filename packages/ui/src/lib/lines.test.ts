import { describe, expect, it } from "vitest";
import { linesError, splitLines, splitList } from "./lines";

describe("one item per line", () => {
  it("splits, trims and drops blank lines", () => {
    expect(splitLines(" a \r\n\n b\n")).toEqual(["a", "b"]);
    expect(splitList("EU, US,\nEU,, APAC")).toEqual(["EU", "US", "APAC"]);
  });

  it("names the first bad line, or the list's own error", () => {
    expect(linesError(undefined)).toBeUndefined();
    expect(linesError([undefined, { type: "x", message: "must be an IRI" }])).toBe(
      "line 2: must be an IRI",
    );
    expect(linesError({ type: "too_big", message: "must be at most 50" })).toBe(
      "must be at most 50",
    );
  });
});
