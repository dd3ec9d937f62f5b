import { formatMoney } from "../../lib/money";

type TTotalsData = {
  program: { startsOn: string; endsOn: string; currency: string };
  window: { from: string; to: string };
  totals: {
    total: bigint;
    withoutOptional: bigint;
    oneTime: bigint;
    recurring: bigint;
    actual: bigint;
  };
};

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-border bg-background px-4 py-3">
      <div className="text-xs uppercase tracking-wide text-muted-foreground">{label}</div>
      <div className="mt-1 text-lg font-semibold tabular-nums">{value}</div>
    </div>
  );
}

/**
 * The totals of the window shown, saying which window that is: the program's period, or another
 * one the totals (recurring costs prorated) were computed for.
 */
export function TotalsBar({ data }: { data: TTotalsData }) {
  const money = (minor: bigint) => formatMoney(minor, data.program.currency);
  const isPeriod =
    data.window.from === data.program.startsOn && data.window.to === data.program.endsOn;
  const scope = isPeriod ? "in period" : "in window";
  return (
    <section aria-label="Totals" className="grid gap-2">
      <p className="text-sm text-muted-foreground">
        Totals for{" "}
        <span className="font-medium tabular-nums text-foreground">
          {data.window.from} to {data.window.to}
        </span>
        {isPeriod
          ? ", the program's period"
          : ", the chosen window (recurring costs prorated to it; costs dated outside it left out)"}
      </p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Stat label={`Total ${scope}`} value={money(data.totals.total)} />
        <Stat label="Without optional" value={money(data.totals.withoutOptional)} />
        <Stat label="One-time" value={money(data.totals.oneTime)} />
        <Stat label={`Recurring (${scope})`} value={money(data.totals.recurring)} />
        <Stat label="Actual" value={money(data.totals.actual)} />
      </div>
    </section>
  );
}
