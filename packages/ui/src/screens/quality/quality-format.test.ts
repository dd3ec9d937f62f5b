import { describe, expect, it } from "vitest";
import { describeFacts, formatDuration, parseThreshold, timeAgo } from "./quality-format";

describe("quality page wording", () => {
  it("says how long ago a run was", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const ago = (ms: number) => timeAgo(new Date(now.getTime() - ms), now);
    expect(ago(10_000)).toBe("just now");
    expect(ago(60_000)).toBe("1 minute ago");
    expect(ago(25 * 60_000)).toBe("25 minutes ago");
    expect(ago(3 * 3_600_000)).toBe("3 hours ago");
    expect(ago(5 * 86_400_000)).toBe("5 days ago");
    expect(ago(-5_000)).toBe("just now");
  });

  it("formats durations and the figures behind a count", () => {
    expect(formatDuration(85)).toBe("85 ms");
    expect(formatDuration(1234)).toBe("1.2 s");
    expect(describeFacts("unmapped_actors", { actors: 1 })).toBe("from 1 actor");
    expect(describeFacts("duplicate_people", { people: 4 })).toBe("4 people in them");
    expect(describeFacts("identifiers_claimed_twice", { actors: 2, identifiers: 1 })).toBe(
      "2 xAPI actors, 1 ID value",
    );
    expect(
      describeFacts("implausible_timestamps", { future: 3, beforeProgram: 0, before2000: 1 }),
    ).toBe("3 in the future, 1 before 2000");
    expect(describeFacts("implausible_timestamps", {})).toBeNull();
    expect(describeFacts("out_of_range_scores", {})).toBeNull();
  });

  it("reads a threshold as a whole number 0 or more", () => {
    expect(parseThreshold(" 12 ")).toEqual({ value: 12 });
    expect(parseThreshold("1,000")).toEqual({ value: 1000 });
    expect(parseThreshold("0")).toEqual({ value: 0 });
    expect(parseThreshold("-1")).toEqual({ error: "Enter a whole number, 0 or more." });
    expect(parseThreshold("2.5")).toEqual({ error: "Enter a whole number, 0 or more." });
    expect(parseThreshold("")).toEqual({ error: "Enter a whole number, 0 or more." });
    expect(parseThreshold("99999999999")).toEqual({ error: "Enter at most 1,000,000,000." });
  });
});
