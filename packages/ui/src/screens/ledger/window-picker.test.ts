import { describe, expect, it } from "vitest";
import { windowProblem } from "./window-picker";

describe("windowProblem", () => {
  it("accepts a window in order and names the field that is wrong otherwise", () => {
    expect(windowProblem("2026-01-01", "2026-03-31")).toBeUndefined();
    expect(windowProblem("2026-01-01", "2026-01-01")).toBeUndefined();
    expect(windowProblem("", "2026-03-31")).toBe("From: must be a date like 2026-03-31");
    expect(windowProblem("2026-01-01", "2026-02-30")).toBe(
      "To: is not a calendar date (February 2026 has 28 days)",
    );
    expect(windowProblem("2026-04-01", "2026-03-31")).toBe("To: must not be before From");
  });
});
