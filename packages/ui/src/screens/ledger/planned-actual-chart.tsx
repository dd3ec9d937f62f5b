import { useId } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatMoney } from "../../lib/money";
import { formatAxisMoney, plannedActualByCategory, type TPlannedActualRow } from "./planned-actual";
import type { TLedgerItem } from "./ledger-table";

const PLANNED = "#a5b4fc";
const ACTUAL = "#4338ca";
const ROW_HEIGHT = 40;

/** Exact amounts on hover; the bars themselves are only as exact as floats need to be. */
function ChartTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: readonly { payload?: TPlannedActualRow }[];
}) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="rounded-md border border-border bg-background px-3 py-2 text-xs shadow-md">
      <div className="mb-1 font-semibold">{row.label}</div>
      <div className="tabular-nums">Planned {row.plannedText}</div>
      <div className="tabular-nums">Actual {row.actualText}</div>
    </div>
  );
}

/** Planned against actual cost in the period, one pair of bars per category. */
export function PlannedActualChart({
  items,
  currency,
  plannedMinor,
  actualMinor,
}: {
  items: readonly TLedgerItem[];
  currency: string;
  plannedMinor: bigint;
  actualMinor: bigint;
}) {
  const titleId = useId();
  const rows = plannedActualByCategory(items, currency);
  const height = 56 + Math.max(rows.length, 2) * ROW_HEIGHT;
  return (
    <figure aria-labelledby={titleId} className="rounded-lg border border-border bg-background p-4">
      <figcaption className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={titleId} className="text-base font-semibold">
          Planned against actual, by category
        </h2>
        <span className="text-sm tabular-nums text-muted-foreground">
          Planned {formatMoney(plannedMinor, currency)} · Actual{" "}
          {formatMoney(actualMinor, currency)}
        </span>
      </figcaption>
      {rows.length === 0 ? (
        <p className="py-6 text-center text-sm text-muted-foreground">
          Nothing to chart until the program has cost items.
        </p>
      ) : (
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 0, right: 24, bottom: 0, left: 8 }}
            barGap={2}
            barCategoryGap="24%"
          >
            <CartesianGrid horizontal={false} stroke="#e2e8f0" />
            <XAxis
              type="number"
              tickFormatter={(value: number) => formatAxisMoney(value, currency)}
              tick={{ fontSize: 12, fill: "#64748b" }}
              axisLine={false}
              tickLine={false}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={120}
              tick={{ fontSize: 12, fill: "#0f172a" }}
              axisLine={false}
              tickLine={false}
            />
            <Tooltip content={ChartTooltip} cursor={{ fill: "#f1f5f9" }} />
            <Legend
              verticalAlign="top"
              align="right"
              height={28}
              iconType="square"
              itemSorter={null}
              wrapperStyle={{ fontSize: 12 }}
              formatter={(value: string) => <span style={{ color: "#0f172a" }}>{value}</span>}
            />
            <Bar
              dataKey="planned"
              name="Planned"
              fill={PLANNED}
              radius={[0, 3, 3, 0]}
              isAnimationActive={false}
            />
            <Bar
              dataKey="actual"
              name="Actual"
              fill={ACTUAL}
              radius={[0, 3, 3, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
    </figure>
  );
}
