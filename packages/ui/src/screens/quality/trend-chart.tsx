import type { TQualityCheckView } from "@xroi/validators";
import { Bar, BarChart, Cell, ReferenceLine, ResponsiveContainer, Tooltip, YAxis } from "recharts";
import { formatCount } from "./quality-format";

const BAR = "#94a3b8";
const ZERO = "#e2e8f0";
const ALERT = "#dc2626";

const TREND_SLOTS = 30;

const when = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** The check's count over the last runs, oldest first; bars above the threshold in red. */
export function TrendChart({ check }: { check: TQualityCheckView }) {
  const rows = check.trend.map((point) => ({
    label: `${when.format(point.startedAt)} UTC`,
    count: point.count ?? 0,
    isAlert: check.threshold !== null && (point.count ?? 0) > check.threshold,
  }));
  // Always TREND_SLOTS places, newest on the right, so a bar keeps its width as runs accumulate.
  const slots = [
    ...Array.from({ length: Math.max(0, TREND_SLOTS - rows.length) }, () => ({
      label: "",
      count: 0,
      isAlert: false,
      isEmpty: true,
    })),
    ...rows.map((row) => ({ ...row, isEmpty: false })),
  ];
  const low = Math.min(...rows.map((r) => r.count));
  const high = Math.max(...rows.map((r) => r.count));
  // The threshold line is drawn when it is near the counts; far above them it would flatten the bars.
  const threshold = check.threshold;
  const isThresholdNear = threshold !== null && threshold <= Math.max(high * 1.5, 1);
  const top = Math.max(high, isThresholdNear ? threshold : 0, 1);
  const summary =
    rows.length === 0
      ? "No runs yet"
      : rows.length === 1
        ? `1 run so far: ${formatCount(high)}`
        : `Last ${rows.length} runs: ${low === high ? `${formatCount(low)} each time` : `${formatCount(low)} to ${formatCount(high)}`}`;
  return (
    <figure aria-label={`Trend of ${check.label.toLowerCase()}`} className="grid gap-1">
      <div className="h-16" aria-hidden="true">
        {rows.length > 0 ? (
          <ResponsiveContainer
            width="100%"
            height="100%"
            initialDimension={{ width: 240, height: 64 }}
          >
            <BarChart
              data={slots}
              margin={{ top: 4, right: 0, bottom: 0, left: 0 }}
              barCategoryGap={2}
            >
              <YAxis hide domain={[0, top]} />
              <Tooltip
                cursor={{ fill: "#f1f5f9" }}
                wrapperStyle={{ fontSize: 12 }}
                formatter={(value, _name, item) =>
                  (item.payload as { isEmpty?: boolean } | undefined)?.isEmpty
                    ? ["no run", ""]
                    : [formatCount(Number(value)), check.unit]
                }
                labelFormatter={(_label, payload) => payload?.[0]?.payload?.label ?? ""}
              />
              {isThresholdNear ? (
                <ReferenceLine y={threshold} stroke={ALERT} strokeDasharray="3 3" />
              ) : null}
              <Bar
                dataKey="count"
                isAnimationActive={false}
                maxBarSize={14}
                minPointSize={2}
                radius={[2, 2, 0, 0]}
              >
                {slots.map((row, i) => (
                  <Cell
                    key={i}
                    fill={
                      row.isEmpty
                        ? "transparent"
                        : row.isAlert
                          ? ALERT
                          : row.count === 0
                            ? ZERO
                            : BAR
                    }
                  />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        ) : null}
      </div>
      <figcaption className="text-xs text-muted-foreground">{summary}</figcaption>
    </figure>
  );
}
