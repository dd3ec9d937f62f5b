import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

describe("formatMoney", () => {
  it("formats minor units exactly, beyond what a float holds", () => {
    expect(formatMoney(11_368_000n, "USD")).toBe("$113,680.00");
    expect(formatMoney(-5n, "EUR")).toBe("-€0.05");
    expect(formatMoney(900_719_925_474_099_3n, "USD")).toBe("$90,071,992,547,409.93");
    expect(formatMoney(500n, "JPY")).toBe("¥500");
  });
});
