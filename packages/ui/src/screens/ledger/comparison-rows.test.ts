import { describe, expect, it } from "vitest";
import { comparisonRows } from "./comparison-rows";

const totals = (total: bigint, byCategory: Record<string, bigint>) => ({
  total,
  withoutOptional: total - 1n,
  oneTime: 2n,
  recurring: 3n,
  planned: 4n,
  actual: 5n,
  byCategory,
});

describe("comparisonRows", () => {
  it("lines up the summary totals and every category, one amount per program", () => {
    const rows = comparisonRows([
      totals(11_368_000n, { people: 7n }),
      undefined,
      totals(18_416_000n, { participant_time: 6_000_000n }),
    ]);
    expect(rows.map((r) => r.label)).toEqual([
      "Total",
      "Without optional",
      "One-time",
      "Recurring (in period)",
      "Planned",
      "Actual",
      "People",
      "Content",
      "Technology",
      "Licences",
      "Participant time",
      "Other",
    ]);
    expect(rows[0]).toEqual({
      key: "total",
      label: "Total",
      isCategory: false,
      amounts: [11_368_000n, undefined, 18_416_000n],
    });
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey["withoutOptional"]!.amounts).toEqual([11_367_999n, undefined, 18_415_999n]);
    // A category a program has nothing in is zero for it, not missing.
    expect(byKey["category:people"]!.amounts).toEqual([7n, undefined, 0n]);
    expect(byKey["category:participant_time"]!.amounts).toEqual([0n, undefined, 6_000_000n]);
    expect(rows.filter((r) => r.isCategory)).toHaveLength(6);
  });
});
