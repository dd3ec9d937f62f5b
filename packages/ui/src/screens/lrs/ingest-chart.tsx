import type { TLrsIngest } from "@xroi/validators";
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
import { bucketLabel } from "./lrs-format";

/** Distinct, colour-blind-friendly enough series colours (Tableau 10), reused past ten tools. */
export const SERIES_COLOURS = [
  "#4e79a7",
  "#f28e2b",
  "#59a14f",
  "#e15759",
  "#76b7b2",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

export function seriesKey(index: number): string {
  return `s${index}`;
}

/** One row per bucket with each credential's count under its series key, for a stacked chart. */
export function chartRows(ingest: TLrsIngest): Record<string, string | number>[] {
  return ingest.buckets.map((bucket, i) => {
    const row: Record<string, string | number> = { label: bucketLabel(bucket, ingest.unit) };
    ingest.series.forEach((s, k) => {
      row[seriesKey(k)] = s.counts[i] ?? 0;
    });
    return row;
  });
}

/** Statements stored per hour or day, stacked by credential. */
export function IngestChart({ ingest }: { ingest: TLrsIngest }) {
  const rows = chartRows(ingest);
  return (
    <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 800, height: 300 }}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap="18%">
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 12, fill: "#64748b" }}
          axisLine={false}
          tickLine={false}
          interval="preserveStartEnd"
          minTickGap={12}
        />
        <YAxis
          allowDecimals={false}
          width={48}
          tick={{ fontSize: 12, fill: "#64748b" }}
          axisLine={false}
          tickLine={false}
        />
        <Tooltip cursor={{ fill: "#f1f5f9" }} wrapperStyle={{ fontSize: 12 }} />
        <Legend
          verticalAlign="top"
          align="right"
          height={28}
          iconType="square"
          wrapperStyle={{ fontSize: 12 }}
          formatter={(value: string) => <span style={{ color: "#0f172a" }}>{value}</span>}
        />
        {ingest.series.map((s, k) => (
          <Bar
            key={s.credentialId ?? k}
            dataKey={seriesKey(k)}
            name={s.isRevoked ? `${s.name} (revoked)` : s.name}
            stackId="statements"
            fill={SERIES_COLOURS[k % SERIES_COLOURS.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
