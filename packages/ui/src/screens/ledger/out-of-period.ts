import type { TPeriodFit } from "@xroi/validators";

type TDatedItem = {
  id: string;
  component: string;
  recurrence: string;
  startsOn: string | null;
  endsOn: string | null;
  periodFit: TPeriodFit;
};

export type TOutOfPeriodLine = { id: string; component: string; dates: string; extent: string };

/** The items whose dates lie wholly or partly outside the program's period, as the notice lists them. */
export function outOfPeriodLines(items: readonly TDatedItem[]): TOutOfPeriodLine[] {
  return items
    .filter((item) => item.periodFit !== "inside")
    .map((item) => ({
      id: item.id,
      component: item.component,
      dates:
        item.recurrence === "one_time"
          ? (item.startsOn ?? "")
          : `${item.startsOn ?? ""} to ${item.endsOn ?? "open-ended"}`,
      extent: item.periodFit === "outside" ? "wholly outside" : "partly outside",
    }));
}
