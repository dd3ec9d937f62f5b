import { describe, expect, it } from "vitest";
import { counted } from "./counted";

describe("counted", () => {
  it("puts the noun in the number the count needs", () => {
    expect(counted(1, "ID")).toBe("1 ID");
    expect(counted(0, "ID")).toBe("0 IDs");
    expect(counted(1200, "xAPI actor")).toBe("1,200 xAPI actors");
    expect(counted(2, "person", "people")).toBe("2 people");
  });
});
