import { describe, expect, it } from "vitest";
import { programContents } from "./program-actions";

describe("programContents", () => {
  it("says what goes with a program, in words", () => {
    expect(programContents({ itemCount: 3, allocationCount: 1 })).toBe(
      "3 cost items and 1 allocation",
    );
    expect(programContents({ itemCount: 1, allocationCount: 0 })).toBe("1 cost item");
    expect(programContents({ itemCount: 0, allocationCount: 2 })).toBe("2 allocations");
    expect(programContents({ itemCount: 0, allocationCount: 0 })).toBeUndefined();
  });
});
