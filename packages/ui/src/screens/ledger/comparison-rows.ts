import { COST_CATEGORIES, COST_CATEGORY_LABELS } from "@xroi/validators";

export type TComparableTotals = {
  total: bigint;
  withoutOptional: bigint;
  oneTime: bigint;
  recurring: bigint;
  planned: bigint;
  actual: bigint;
  byCategory: Record<string, bigint>;
};

export type TComparisonRow = {
  key: string;
  label: string;
  isCategory: boolean;
  /** One amount per program, in that program's minor units; undefined while it loads. */
  amounts: (bigint | undefined)[];
};

const SUMMARY = [
  ["total", "Total"],
  ["withoutOptional", "Without optional"],
  ["oneTime", "One-time"],
  ["recurring", "Recurring (in period)"],
  ["planned", "Planned"],
  ["actual", "Actual"],
] as const;

/** Rows of the side-by-side table: the summary totals, then every category (zero where a program has none). */
export function comparisonRows(
  totals: readonly (TComparableTotals | undefined)[],
): TComparisonRow[] {
  return [
    ...SUMMARY.map(([key, label]) => ({
      key,
      label,
      isCategory: false,
      amounts: totals.map((t) => t?.[key]),
    })),
    ...COST_CATEGORIES.map((category) => ({
      key: `category:${category}`,
      label: COST_CATEGORY_LABELS[category],
      isCategory: true,
      amounts: totals.map((t) => (t ? (t.byCategory[category] ?? 0n) : undefined)),
    })),
  ];
}
