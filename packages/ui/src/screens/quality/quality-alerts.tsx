import { useQuery } from "@tanstack/react-query";
import { canViewQuality, QUALITY_PATH, type TRole } from "@xroi/validators";
import { AppLink, type TNavigation } from "../../shell/app-shell";
import { useTRPC } from "../../trpc";
import { formatCount } from "./quality-format";

/** The home dashboard's data-quality alerts, for the roles that see the quality page. */
export function QualityAlerts({ nav, role }: { nav: TNavigation; role: TRole }) {
  if (!canViewQuality(role)) return null;
  return <AlertList nav={nav} />;
}

function AlertList({ nav }: { nav: TNavigation }) {
  const trpc = useTRPC();
  const alerts = useQuery(trpc.quality.alerts.queryOptions());
  if (!alerts.data) return null;
  const list = alerts.data.alerts;
  const link = (
    <AppLink
      nav={nav}
      path={QUALITY_PATH}
      className="text-sm font-medium underline-offset-4 hover:underline"
    >
      Open data quality →
    </AppLink>
  );
  if (list.length === 0)
    return (
      <section
        aria-label="Data quality"
        className="mb-6 flex flex-wrap items-baseline justify-between gap-2 rounded-lg border border-border bg-background px-4 py-3 text-sm text-muted-foreground"
      >
        <p>
          {alerts.data.latestRunAt
            ? "Data quality: no check is above its threshold."
            : "Data quality: the checks have not run yet."}
        </p>
        {link}
      </section>
    );
  return (
    <section
      aria-label="Data quality"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">
          {list.length === 1 ? "Data-quality alert" : `${list.length} data-quality alerts`}
        </h2>
        {link}
      </div>
      <ul className="mt-2 grid gap-1 text-sm">
        {list.map((alert) => (
          <li key={alert.check}>
            <AppLink
              nav={nav}
              path={`${QUALITY_PATH}#${alert.check}`}
              className="font-medium underline decoration-amber-400 underline-offset-4 hover:decoration-amber-700"
            >
              {alert.label}
            </AppLink>
            : {formatCount(alert.count)} {alert.unit}, above the threshold of{" "}
            {formatCount(alert.threshold)}.
          </li>
        ))}
      </ul>
    </section>
  );
}
