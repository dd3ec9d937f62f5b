import { CHAMBER_COST_TABLE, VENDOR_COST_TABLE } from "@xroi/db/seed";
import { describe, expect, it } from "vitest";
import { parseDecimal } from "./decimal";
import { lineAmountMinor } from "./money";
import { ledgerTotals } from "./totals";

// The two cost tables of the case studies, recomputed from rate x volume by the ledger's own
// arithmetic, must reproduce every line and the printed totals to the cent.
describe.each([
  ["chamber of commerce", CHAMBER_COST_TABLE, 11_368_000n],
  ["software vendor", VENDOR_COST_TABLE, 18_416_000n],
])("the %s cost table", (_name, table, expectedTotal) => {
  const lines = table.lines.map((line) => ({
    key: line.key,
    stated: BigInt(line.amount.amountMinor),
    amountMinor: lineAmountMinor(
      { units: BigInt(line.rate.amountMinor), scale: 2 },
      parseDecimal(String(line.quantity)),
      "USD",
    ),
    category: line.category,
    phase: line.phase,
    recurrence: line.recurrence,
    status: "planned" as const,
    isOptional: line.optional,
  }));

  it("reproduces each line from rate x volume", () => {
    for (const line of lines)
      expect({ key: line.key, amount: line.amountMinor }).toEqual({
        key: line.key,
        amount: line.stated,
      });
  });

  it("reproduces the printed total exactly, and splits it consistently", () => {
    const totals = ledgerTotals(lines);
    expect(totals.total).toBe(expectedTotal);
    expect(totals.total).toBe(BigInt(table.statedTotal.amountMinor));
    expect(totals.oneTime + totals.recurring).toBe(totals.total);
    expect(totals.optional + totals.withoutOptional).toBe(totals.total);
    expect(Object.values(totals.byCategory).reduce((a, b) => a + b, 0n)).toBe(totals.total);
    expect(Object.values(totals.byPhase).reduce((a, b) => a + b, 0n)).toBe(totals.total);
  });
});

it("the chamber's recurring share is the case study's $21,000", () => {
  const recurring = CHAMBER_COST_TABLE.lines
    .filter((l) => l.recurrence === "recurring")
    .reduce((a, l) => a + l.amount.amountMinor, 0);
  expect(recurring).toBe(2_100_000);
});
