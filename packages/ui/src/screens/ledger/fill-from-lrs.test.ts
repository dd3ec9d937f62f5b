import { describe, expect, it } from "vitest";
import { fillFromLrs } from "./fill-from-lrs";

const target = (assetId: string | null, weight = "1") => ({
  label: "x",
  kind: "asset" as const,
  assetId,
  weight,
  learners: null,
  completions: null,
  outcomes: null,
  outcomeLabel: "",
});
const figures = {
  window: { from: "2026-01-01", to: "2026-12-31" },
  assets: [
    { assetId: "a", learners: 12, learnerHours: "30.50", completions: 9, statements: 40 },
    { assetId: "b", learners: 0, learnerHours: "0.00", completions: 0, statements: 0 },
  ],
};

describe("filling an allocation from the LRS", () => {
  it("sets learner-hours as the weight, and learners and completions, on linked rows only", () => {
    const { updates, summary } = fillFromLrs(
      { basis: "learner_hours", targets: [target("a"), target(null, "5"), target("b")] },
      figures,
    );
    expect(updates).toEqual([
      { index: 0, field: "learners", value: 12 },
      { index: 0, field: "completions", value: 9 },
      { index: 0, field: "weight", value: "30.50" },
      { index: 2, field: "learners", value: 0 },
      { index: 2, field: "completions", value: 0 },
      { index: 2, field: "weight", value: "0.00" },
    ]);
    expect(summary).toBe("Filled 2 linked rows from 40 xAPI statements, 2026-01-01 to 2026-12-31.");
  });

  it("uses the learner count as the weight when splitting by learners, and keeps fixed shares", () => {
    expect(
      fillFromLrs({ basis: "learner_count", targets: [target("a")] }, figures).updates,
    ).toContainEqual({
      index: 0,
      field: "weight",
      value: "12",
    });
    expect(
      fillFromLrs({ basis: "shares", targets: [target("a")] }, figures).updates.some(
        (u) => u.field === "weight",
      ),
    ).toBe(false);
  });

  it("says so when the LRS has nothing for the window", () => {
    expect(fillFromLrs({ basis: "learner_hours", targets: [target("b")] }, figures).summary).toBe(
      "The LRS has no statements for the linked assets from 2026-01-01 to 2026-12-31.",
    );
  });
});
