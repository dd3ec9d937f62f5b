import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, isInWindow, proratedRecurringMinor } from "./prorate";

const MONTHLY_200 = 20_000n; // $200 per month

describe("proration of recurring costs", () => {
  it("counts whole calendar months whole and part months by days", () => {
    const active = { from: "2026-01-01", to: "2026-12-31" };
    expect(
      proratedRecurringMinor(MONTHLY_200, "month", active, {
        from: "2026-01-01",
        to: "2026-12-31",
      }),
    ).toBe(240_000n);
    expect(
      proratedRecurringMinor(MONTHLY_200, "month", active, {
        from: "2026-01-01",
        to: "2026-03-31",
      }),
    ).toBe(60_000n);
    // 14 of February's 28 days
    expect(
      proratedRecurringMinor(MONTHLY_200, "month", active, {
        from: "2026-02-15",
        to: "2026-02-28",
      }),
    ).toBe(10_000n);
    // 1 day of January's 31: 200/31 = 6.4516... -> 6.45
    expect(
      proratedRecurringMinor(MONTHLY_200, "month", active, {
        from: "2026-01-10",
        to: "2026-01-10",
      }),
    ).toBe(645n);
  });

  it("is zero outside the active period and open-ended without an end date", () => {
    expect(
      proratedRecurringMinor(
        MONTHLY_200,
        "month",
        { from: "2026-06-01", to: "2026-06-30" },
        { from: "2026-01-01", to: "2026-05-31" },
      ),
    ).toBe(0n);
    expect(
      proratedRecurringMinor(
        MONTHLY_200,
        "month",
        { from: "2026-06-01" },
        { from: "2027-01-01", to: "2027-12-31" },
      ),
    ).toBe(240_000n);
    expect(
      proratedRecurringMinor(
        1_200_000n,
        "year",
        { from: "2026-01-01" },
        { from: "2026-07-01", to: "2026-12-31" },
      ),
    ).toBe(604_932n); // 184/365 of 12,000.00
  });

  it("refuses dates that are not calendar dates", () => {
    expect(() => dayNumber("2026-02-30")).toThrow("2026-02-30: is not a calendar date");
    expect(() => dayNumber("30/01/2026")).toThrow("must be a date like 2026-03-31");
    expect(isInWindow("2026-03-31", { from: "2026-01-01", to: "2026-03-31" })).toBe(true);
    expect(isInWindow("2026-04-01", { from: "2026-01-01", to: "2026-03-31" })).toBe(false);
  });

  it("splitting a window in two never moves the total by more than one cent", () => {
    const day = fc.integer({ min: dayNumber("2024-01-01"), max: dayNumber("2028-12-31") });
    const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.constantFrom("month" as const, "year" as const),
        fc
          .tuple(day, day, day)
          .map((d) => [...d].sort((x, y) => x - y) as [number, number, number]),
        (perPeriod, period, [a, b, c]) => {
          const active = { from: "2024-03-15", to: "2028-06-10" };
          const whole = proratedRecurringMinor(perPeriod, period, active, {
            from: iso(a),
            to: iso(c),
          });
          const left = proratedRecurringMinor(perPeriod, period, active, {
            from: iso(a),
            to: iso(b),
          });
          const right =
            b < c
              ? proratedRecurringMinor(perPeriod, period, active, { from: iso(b + 1), to: iso(c) })
              : 0n;
          const diff = whole - left - right;
          expect(diff >= -1n && diff <= 1n).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
