import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { canViewQuality, QUALITY_PATH, roleAllows, type TRole } from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { AppLink, type TNavigation } from "../../shell/app-shell";
import { useTRPC } from "../../trpc";
import { PageHeader } from "../page-header";
import { PeopleTabs } from "../people/people-sections";
import { CheckCard } from "./check-card";
import { formatDuration, timeAgo, TRIGGER_LABELS } from "./quality-format";

const TITLE = "Data quality";
const DESCRIPTION =
  "Checks on the ID mappings and the LRS: unmapped actors, missing CRM IDs, duplicates, IDs claimed twice, scores out of range and implausible timestamps.";

/** The data-quality page (docs/quality.md): every check's count, trend, examples and threshold. */
export function QualityScreen({ nav, role }: { nav: TNavigation; role: TRole }) {
  if (!canViewQuality(role))
    return (
      <PageHeader
        title={TITLE}
        description="The data-quality checks are for analysts, privacy leads and admins. Ask an admin if you need them."
      />
    );
  return <QualityPage nav={nav} role={role} />;
}

function QualityPage({ nav, role }: { nav: TNavigation; role: TRole }) {
  const isAdmin = roleAllows(role, "admin");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const overview = useQuery(trpc.quality.overview.queryOptions());
  const [message, setMessage] = useState<string>();
  const run = useMutation(
    trpc.quality.run.mutationOptions({
      onSuccess: async (outcome) => {
        setMessage(
          outcome.run
            ? `The checks ran in ${formatDuration(outcome.run.durationMs)}.`
            : "Another run was in progress; its results are shown.",
        );
        await Promise.all([
          queryClient.invalidateQueries(trpc.quality.overview.queryFilter()),
          queryClient.invalidateQueries(trpc.quality.alerts.queryFilter()),
        ]);
      },
      onError: () => setMessage(undefined),
    }),
  );
  const data = overview.data;
  const latest = data?.latestRun;
  const alerts = data?.checks.filter((c) => c.isAlert) ?? [];
  return (
    <section>
      <nav aria-label="Breadcrumb" className="mb-1 text-sm text-muted-foreground">
        <AppLink nav={nav} path="/people" className="hover:text-foreground hover:underline">
          People and IDs
        </AppLink>{" "}
        › <span aria-current="page">Data quality</span>
      </nav>
      <PageHeader
        title={TITLE}
        description={DESCRIPTION}
        actions={
          isAdmin ? (
            <Button onClick={() => run.mutate()} disabled={run.isPending}>
              {run.isPending ? "Running…" : "Run now"}
            </Button>
          ) : undefined
        }
      />
      <PeopleTabs nav={nav} role={role} current={QUALITY_PATH} />
      <div className="mb-4 grid gap-2">
        <Notice tone="error">
          {overview.error
            ? errorMessage(overview.error)
            : run.error
              ? errorMessage(run.error)
              : undefined}
        </Notice>
        <Notice tone="ok">{message}</Notice>
        {data ? (
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {latest ? (
              <>
                Last run{" "}
                <time
                  dateTime={latest.startedAt.toISOString()}
                  title={latest.startedAt.toISOString()}
                >
                  {timeAgo(latest.startedAt)}
                </time>{" "}
                ({TRIGGER_LABELS[latest.trigger]}), took {formatDuration(latest.durationMs)}.{" "}
                {alerts.length === 0
                  ? "No check is above its threshold."
                  : `${alerts.length} ${alerts.length === 1 ? "check is" : "checks are"} above ${alerts.length === 1 ? "its" : "their"} threshold.`}
              </>
            ) : (
              <>
                The checks have not run yet. The web server runs them on a schedule (hourly by
                default);{" "}
                {isAdmin ? "run them now to see the counts." : "an admin can run them now."}
              </>
            )}
          </p>
        ) : overview.isPending ? (
          <p className="text-sm text-muted-foreground">Loading…</p>
        ) : null}
        {data && !data.canSeeIdentifiers ? (
          <p className="text-sm text-muted-foreground">
            Names and IDs in the examples are shown to admins and privacy leads only.
          </p>
        ) : null}
      </div>
      <div className="grid gap-4">
        {data?.checks.map((check) => (
          <CheckCard key={check.check} check={check} nav={nav} canEdit={isAdmin} />
        ))}
      </div>
    </section>
  );
}
