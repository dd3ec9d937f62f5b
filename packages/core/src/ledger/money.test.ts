import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateLargestRemainder } from "./allocate";
import { divideRoundHalfEven, formatMinor, parseDecimal } from "./decimal";
import { lineAmountMinor, toMinor } from "./money";

describe("decimals and money", () => {
  it("parses exact decimals and names what is wrong with the rest", () => {
    expect(parseDecimal("1234.50")).toEqual({ units: 123450n, scale: 2 });
    expect(parseDecimal("-0.015")).toEqual({ units: -15n, scale: 3 });
    expect(() => parseDecimal("1e3")).toThrow("must be a number like 1234.56");
    expect(() => parseDecimal("1,000")).toThrow("must be a number like 1234.56");
    expect(() => parseDecimal("abc")).toThrow("must be a number like 1234.56");
    expect(() => toMinor("10.001", "USD")).toThrow("must have at most 2 decimal places");
    expect(toMinor("113680", "USD")).toBe(11_368_000n);
    expect(toMinor("500", "JPY")).toBe(500n);
  });

  it("rounds half to even, in both directions", () => {
    expect([5n, 15n, 25n, -5n, -15n, 26n, 24n].map((n) => divideRoundHalfEven(n, 10n))).toEqual([
      0n,
      2n,
      2n,
      0n,
      -2n,
      3n,
      2n,
    ]);
    expect(formatMinor(123456n, 2)).toBe("1234.56");
    expect(formatMinor(-5n, 2)).toBe("-0.05");
    expect(formatMinor(7n, 0)).toBe("7");
  });

  it("multiplies rate by volume exactly, rounding once", () => {
    expect(lineAmountMinor(parseDecimal("120"), parseDecimal("80"), "USD")).toBe(960_000n);
    expect(lineAmountMinor(parseDecimal("0.015"), parseDecimal("1000"), "USD")).toBe(1_500n);
    expect(lineAmountMinor(parseDecimal("33.33"), parseDecimal("37.5"), "USD")).toBe(124_988n); // 1249.875 -> 1249.88
    expect(lineAmountMinor(parseDecimal("0.1"), parseDecimal("3"), "USD")).toBe(30n);
  });
});

describe("largest-remainder allocation", () => {
  it("splits 100.00 three ways to the cent", () => {
    expect(allocateLargestRemainder(10_000n, [1n, 1n, 1n])).toEqual([3_334n, 3_333n, 3_333n]);
    expect(allocateLargestRemainder(-10_000n, [1n, 1n, 1n])).toEqual([-3_334n, -3_333n, -3_333n]);
    expect(allocateLargestRemainder(100n, [0n, 3n, 1n])).toEqual([0n, 75n, 25n]);
  });

  it("refuses weights it cannot split by", () => {
    expect(() => allocateLargestRemainder(1n, [])).toThrow("at least one is needed");
    expect(() => allocateLargestRemainder(1n, [0n, 0n])).toThrow("at least one must be above zero");
    expect(() => allocateLargestRemainder(1n, [2n, -1n])).toThrow("must not be negative");
  });

  it("always sums to the total, each part within one cent of its exact share", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc
          .array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 40 })
          .filter((w) => w.some((x) => x > 0n)),
        (total, weights) => {
          const parts = allocateLargestRemainder(total, weights);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0n);
          parts.forEach((part, i) => {
            const exactTimesSum = total * weights[i]!;
            const diff = part * sum - exactTimesSum;
            expect(diff < 0n ? -diff : diff).toBeLessThan(sum);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
