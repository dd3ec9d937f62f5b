import { COST_CATEGORIES, COST_CATEGORY_LABELS } from "@xroi/validators";
import { formatMoney } from "../../lib/money";

type TCategory = (typeof COST_CATEGORIES)[number];

export type TPlannedActualRow = {
  category: TCategory;
  label: string;
  /** For drawing only: major units as a float. The exact amounts are in the text fields. */
  planned: number;
  actual: number;
  plannedText: string;
  actualText: string;
};

/** How many minor units make a major one in this currency (100 for USD, 1 for JPY). */
export function minorPerMajor(currency: string): number {
  const format = new Intl.NumberFormat("en", { style: "currency", currency });
  return 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2);
}

/**
 * Planned and actual amounts in the window per category, summed exactly as bigint and only then
 * turned into numbers for the chart. Categories with nothing in them are left out.
 */
export function plannedActualByCategory(
  items: readonly {
    category: TCategory;
    status: "planned" | "actual";
    amountInWindowMinor: bigint;
  }[],
  currency: string,
): TPlannedActualRow[] {
  const sums = new Map<TCategory, { planned: bigint; actual: bigint }>();
  for (const item of items) {
    const sum = sums.get(item.category) ?? { planned: 0n, actual: 0n };
    sum[item.status] += item.amountInWindowMinor;
    sums.set(item.category, sum);
  }
  const scale = minorPerMajor(currency);
  return COST_CATEGORIES.filter((c) => sums.has(c)).map((category) => {
    const { planned, actual } = sums.get(category)!;
    return {
      category,
      label: COST_CATEGORY_LABELS[category],
      planned: Number(planned) / scale,
      actual: Number(actual) / scale,
      plannedText: formatMoney(planned, currency),
      actualText: formatMoney(actual, currency),
    };
  });
}

/** Short money for axis ticks: "$120K", "€1.5M". */
export function formatAxisMoney(value: number, currency: string): string {
  return new Intl.NumberFormat("en", {
    style: "currency",
    currency,
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}
