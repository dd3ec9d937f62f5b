import type { TQualityCheckView } from "@xroi/validators";
import { Badge } from "../../components/badge";
import { AppLink, type TNavigation } from "../../shell/app-shell";
import { describeFacts, formatCount } from "./quality-format";
import { ThresholdForm } from "./threshold-form";
import { TrendChart } from "./trend-chart";

function StatusBadge({ check }: { check: TQualityCheckView }) {
  if (check.count === null) return <Badge>Not run yet</Badge>;
  if (check.isAlert) return <Badge tone="danger">Above threshold</Badge>;
  if (check.threshold === null) return <Badge>No threshold</Badge>;
  return <Badge tone="success">Within threshold</Badge>;
}

const linkClass = "text-sm font-medium text-primary underline-offset-4 hover:underline";

/** One check: its count, trend and threshold on the left, a few examples with fixes on the right. */
export function CheckCard({
  check,
  nav,
  canEdit,
}: {
  check: TQualityCheckView;
  nav: TNavigation;
  canEdit: boolean;
}) {
  const titleId = `check-${check.check}`;
  const facts = describeFacts(check.check, check.facts);
  // Examples are actors for unmapped statements, the counted things for every other check.
  const total = check.check === "unmapped_actors" ? (check.facts.actors ?? 0) : (check.count ?? 0);
  return (
    <section
      id={check.check}
      aria-labelledby={titleId}
      className={
        check.isAlert
          ? "rounded-lg border border-destructive/40 bg-background p-5 shadow-xs"
          : "rounded-lg border border-border bg-background p-5 shadow-xs"
      }
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={titleId} className="text-base font-semibold">
            {check.label}
          </h2>
          <p className="mt-0.5 max-w-3xl text-sm text-muted-foreground">{check.description}</p>
        </div>
        <StatusBadge check={check} />
      </div>
      <div className="mt-4 grid gap-6 md:grid-cols-[18rem_1fr]">
        <div className="grid content-start gap-4">
          <div>
            <p>
              <span className="text-3xl font-bold tabular-nums">
                {check.count === null ? "–" : formatCount(check.count)}
              </span>{" "}
              <span className="text-sm text-muted-foreground">{check.unit}</span>
            </p>
            {facts && check.count ? <p className="text-sm text-muted-foreground">{facts}</p> : null}
          </div>
          <TrendChart check={check} />
          <ThresholdForm key={check.threshold ?? "none"} check={check} canEdit={canEdit} />
        </div>
        <div className="grid content-start gap-2">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            Examples
          </h3>
          {check.examples.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              {check.count === null ? "Run the checks to see examples." : "Nothing to fix."}
            </p>
          ) : (
            <ul className="divide-y divide-border rounded-md border border-border">
              {check.examples.map((example, i) => (
                <li
                  key={i}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2"
                >
                  <div className="min-w-0">
                    <p
                      className={
                        example.isPersonal && !example.fixPath
                          ? "text-sm italic text-muted-foreground"
                          : "break-all text-sm font-medium"
                      }
                    >
                      {example.label}
                    </p>
                    <p className="text-xs text-muted-foreground">{example.detail}</p>
                  </div>
                  {example.fixPath ? (
                    <AppLink
                      nav={nav}
                      path={example.fixPath}
                      className={`${linkClass} shrink-0 text-xs`}
                    >
                      {example.fixLabel ?? "Fix"}
                    </AppLink>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {total > check.examples.length && check.examples.length > 0 ? (
            <p className="text-xs text-muted-foreground">
              Showing {check.examples.length} of {formatCount(total)}.
            </p>
          ) : null}
          <AppLink nav={nav} path={check.fix.path} className={linkClass}>
            {check.fix.label} →
          </AppLink>
        </div>
      </div>
    </section>
  );
}
