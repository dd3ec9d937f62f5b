import { describe, expect, it } from "vitest";
import { formatAxisMoney, minorPerMajor, plannedActualByCategory } from "./planned-actual";

describe("plannedActualByCategory", () => {
  it("sums planned and actual per category exactly, then scales for drawing", () => {
    const rows = plannedActualByCategory(
      [
        { category: "technology", status: "planned", amountInWindowMinor: 240_000n },
        { category: "people", status: "planned", amountInWindowMinor: 960_000n },
        { category: "people", status: "actual", amountInWindowMinor: 123_456n },
        { category: "people", status: "actual", amountInWindowMinor: 1n },
      ],
      "USD",
    );
    expect(rows).toEqual([
      {
        category: "people",
        label: "People",
        planned: 9600,
        actual: 1234.57,
        plannedText: "$9,600.00",
        actualText: "$1,234.57",
      },
      {
        category: "technology",
        label: "Technology",
        planned: 2400,
        actual: 0,
        plannedText: "$2,400.00",
        actualText: "$0.00",
      },
    ]);
  });

  it("scales by the currency's own minor unit", () => {
    expect(minorPerMajor("USD")).toBe(100);
    expect(minorPerMajor("JPY")).toBe(1);
    const [row] = plannedActualByCategory(
      [{ category: "content", status: "actual", amountInWindowMinor: 5000n }],
      "JPY",
    );
    expect(row!.actual).toBe(5000);
  });
});

describe("formatAxisMoney", () => {
  it("is short enough for an axis", () => {
    expect(formatAxisMoney(120_000, "USD")).toBe("$120K");
    expect(formatAxisMoney(1_500_000, "EUR")).toBe("€1.5M");
    expect(formatAxisMoney(0, "USD")).toBe("$0");
  });
});
