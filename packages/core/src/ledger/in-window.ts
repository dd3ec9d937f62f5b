import { isInWindow, proratedRecurringMinor, type TDateRange } from "./prorate";

export type TWindowedItem = {
  amountMinor: bigint;
  recurrence: "one_time" | "monthly" | "yearly";
  startsOn: string | null;
  endsOn: string | null;
};

/**
 * What an item costs within a window. A one-time item counts whole when its date falls in the
 * window (undated ones count in every window: they belong to the program as a whole). A recurring
 * item's amount is per month or year, prorated by calendar days over its active days in the window.
 */
export function amountInWindowMinor(item: TWindowedItem, window: TDateRange): bigint {
  if (item.recurrence === "one_time") {
    return !item.startsOn || isInWindow(item.startsOn, window) ? item.amountMinor : 0n;
  }
  if (!item.startsOn) return 0n;
  const active = { from: item.startsOn, to: item.endsOn ?? undefined };
  return proratedRecurringMinor(
    item.amountMinor,
    item.recurrence === "monthly" ? "month" : "year",
    active,
    window,
  );
}
