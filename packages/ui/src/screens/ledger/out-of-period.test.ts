import { describe, expect, it } from "vitest";
import { outOfPeriodLines } from "./out-of-period";

describe("outOfPeriodLines", () => {
  it("lists the items outside the period with their dates, and nothing else", () => {
    const item = { recurrence: "one_time", endsOn: null };
    expect(
      outOfPeriodLines([
        { ...item, id: "1", component: "Kick-off", startsOn: "2026-01-15", periodFit: "inside" },
        { ...item, id: "2", component: "Workshop", startsOn: "2025-12-15", periodFit: "outside" },
        {
          id: "3",
          component: "Hosting",
          recurrence: "monthly",
          startsOn: "2025-11-01",
          endsOn: null,
          periodFit: "partly_outside",
        },
      ]),
    ).toEqual([
      { id: "2", component: "Workshop", dates: "2025-12-15", extent: "wholly outside" },
      {
        id: "3",
        component: "Hosting",
        dates: "2025-11-01 to open-ended",
        extent: "partly outside",
      },
    ]);
    expect(outOfPeriodLines([])).toEqual([]);
  });
});
