import type { TPeriodFit } from "@xroi/validators";
import type { TDateRange } from "./prorate";

/**
 * Where an item's dates lie against its program's period; what lies outside is not in the
 * program's total. Dates are "YYYY-MM-DD", which compare as text.
 *
 * - A one-time item is outside when its date is; an undated one belongs to the program as a whole.
 * - A recurring item is outside when it ends before the period or starts after it, and partly
 *   outside when it starts before the period or has an end after it. One without an end "runs on"
 *   and the period bounds it, as any window does, so that alone is not reported.
 */
export function periodFit(
  item: { recurrence: string; startsOn: string | null; endsOn: string | null },
  period: TDateRange,
): TPeriodFit {
  const { startsOn, endsOn } = item;
  if (!startsOn) return "inside";
  if (item.recurrence === "one_time") {
    return startsOn < period.from || startsOn > period.to ? "outside" : "inside";
  }
  if (startsOn > period.to || (endsOn !== null && endsOn < period.from)) return "outside";
  if (startsOn < period.from || (endsOn !== null && endsOn > period.to)) return "partly_outside";
  return "inside";
}
