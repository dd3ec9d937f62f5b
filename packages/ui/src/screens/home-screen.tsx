import { roleAllows, type TRole } from "@xroi/validators";
import { useQuery } from "@tanstack/react-query";
import { AREAS } from "../areas";
import { Badge } from "../components/badge";
import { AppLink, type TNavigation } from "../shell/app-shell";
import { useTRPC } from "../trpc";
import { PageHeader } from "./page-header";
import { QualityAlerts } from "./quality/quality-alerts";

export function HomeScreen({ nav, role }: { nav: TNavigation; role: TRole }) {
  const trpc = useTRPC();
  const skills = useQuery(trpc.skills.list.queryOptions({ pageSize: 1 }));
  return (
    <section>
      <PageHeader
        title="Overview"
        description="Prove what training is worth: from learning records and costs to ROI, with privacy built in."
      />
      <QualityAlerts nav={nav} role={role} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {AREAS.filter((a) => !a.role || roleAllows(role, a.role)).map((area) => (
          <AppLink
            key={area.path}
            nav={nav}
            path={area.path}
            className="rounded-lg border border-border bg-background p-5 shadow-xs transition hover:border-primary/50 hover:shadow-sm"
          >
            <div className="flex items-center justify-between">
              <h2 className="font-semibold">{area.label}</h2>
              {area.ready ? <Badge tone="success">Ready</Badge> : <Badge>Not built yet</Badge>}
            </div>
            <p className="mt-2 text-sm text-muted-foreground">{area.summary}</p>
            {area.path === "/skills" && skills.data ? (
              <p className="mt-3 text-sm font-medium">{skills.data.total} skills</p>
            ) : null}
          </AppLink>
        ))}
      </div>
    </section>
  );
}
