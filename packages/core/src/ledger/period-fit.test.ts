import { describe, expect, it } from "vitest";
import { periodFit } from "./period-fit";

const period = { from: "2026-01-01", to: "2026-06-30" };
const oneTime = (startsOn: string | null) => ({ recurrence: "one_time", startsOn, endsOn: null });
const monthly = (startsOn: string, endsOn: string | null = null) => ({
  recurrence: "monthly",
  startsOn,
  endsOn,
});

describe("periodFit", () => {
  it("places a one-time item by its date; an undated one belongs to the whole program", () => {
    expect(periodFit(oneTime(null), period)).toBe("inside");
    expect(periodFit(oneTime("2026-01-01"), period)).toBe("inside");
    expect(periodFit(oneTime("2026-06-30"), period)).toBe("inside");
    expect(periodFit(oneTime("2025-12-31"), period)).toBe("outside");
    expect(periodFit(oneTime("2026-07-01"), period)).toBe("outside");
  });

  it("places a recurring item by the days it runs", () => {
    expect(periodFit(monthly("2026-01-01", "2026-06-30"), period)).toBe("inside");
    expect(periodFit(monthly("2026-02-01"), period)).toBe("inside");
    expect(periodFit(monthly("2025-11-01", "2026-03-31"), period)).toBe("partly_outside");
    expect(periodFit(monthly("2026-03-01", "2026-12-31"), period)).toBe("partly_outside");
    expect(periodFit(monthly("2025-11-01"), period)).toBe("partly_outside");
    expect(periodFit(monthly("2026-07-01"), period)).toBe("outside");
    expect(periodFit(monthly("2025-01-01", "2025-12-31"), period)).toBe("outside");
    expect(periodFit({ ...monthly("2025-01-01"), recurrence: "yearly" }, period)).toBe(
      "partly_outside",
    );
  });
});
