import { useQuery } from "@tanstack/react-query";
import { ASSET_KIND_LABELS, type TCoverage } from "@xroi/validators";
import type { ReactNode } from "react";
import { Badge } from "../../components/badge";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { cn } from "../../lib/cn";
import { useTRPC } from "../../trpc";

function Card({
  id,
  title,
  summary,
  isGood,
  children,
  className,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  isGood?: boolean;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={cn(
        "grid content-start gap-3 rounded-lg border border-border bg-background p-5",
        className,
      )}
    >
      <h2 id={`${id}-title`} className="text-sm font-semibold">
        {title}
      </h2>
      <p className={cn("text-sm text-muted-foreground", isGood && "text-emerald-800")}>{summary}</p>
      {children}
    </section>
  );
}

function Count({ n, of, noun }: { n: number; of?: number; noun: string }) {
  return (
    <>
      <strong className="text-3xl font-bold tabular-nums text-foreground">{n}</strong>{" "}
      {of !== undefined ? `of ${of} ` : ""}
      {noun}
      {(of ?? n) === 1 ? "" : "s"}
    </>
  );
}

function AssetExamples({
  examples,
  total,
}: {
  examples: TCoverage["assetsWithoutGoal"]["examples"];
  total: number;
}) {
  if (examples.length === 0) return null;
  return (
    <ul className="grid gap-1 text-sm">
      {examples.map((a) => (
        <li key={a.id} className="flex justify-between gap-2">
          <span className="truncate">{a.title}</span>
          <span className="shrink-0 text-xs text-muted-foreground">
            {ASSET_KIND_LABELS[a.kind]}
          </span>
        </li>
      ))}
      {total > examples.length ? (
        <li className="text-xs text-muted-foreground">and {total - examples.length} more</li>
      ) : null}
    </ul>
  );
}

/** Where the taxonomy has gaps: untagged assets, required skills nothing teaches, unmapped activity. */
export function CoverageSection() {
  const trpc = useTRPC();
  const coverage = useQuery({ ...trpc.taxonomy.coverage.queryOptions(), staleTime: 0 });
  const data = coverage.data;
  if (!data) {
    return (
      <>
        <Notice tone="error">{coverage.error ? errorMessage(coverage.error) : undefined}</Notice>
        {coverage.isPending ? (
          <p className="text-sm text-muted-foreground">Checking coverage…</p>
        ) : null}
      </>
    );
  }
  const {
    assetsWithoutSkill: noSkill,
    assetsWithoutGoal: noGoal,
    skillsNotTaught: notTaught,
  } = data;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card
        id="coverage-no-skill"
        title="Assets without a skill"
        isGood={noSkill.count === 0}
        summary={<Count n={noSkill.count} of={data.assetCount} noun="asset" />}
      >
        <AssetExamples examples={noSkill.examples} total={noSkill.count} />
      </Card>
      <Card
        id="coverage-no-goal"
        title="Assets without a goal"
        isGood={noGoal.count === 0}
        summary={<Count n={noGoal.count} of={data.assetCount} noun="asset" />}
      >
        <AssetExamples examples={noGoal.examples} total={noGoal.count} />
      </Card>
      <Card
        id="coverage-not-taught"
        className="md:col-span-2"
        title="Skills roles require that no asset teaches"
        isGood={notTaught.count === 0}
        summary={<Count n={notTaught.count} noun="skill" />}
      >
        {notTaught.examples.length > 0 ? (
          <ul className="grid gap-2 text-sm">
            {notTaught.examples.map((skill) => (
              <li
                key={skill.id}
                className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-t border-border pt-2"
              >
                <span className="min-w-48 font-medium">{skill.name}</span>
                <span className="flex flex-wrap gap-1">
                  {skill.roles.map((r) => (
                    <Badge
                      key={r.id}
                      tone={r.isEssential ? "primary" : "neutral"}
                      className={r.isEssential ? "" : "font-normal italic"}
                    >
                      {r.name} · level {r.targetLevel}
                      {r.isEssential ? "" : " · optional"}
                    </Badge>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {notTaught.retiredLeftOut > 0 ? (
          <p className="mt-2 text-xs text-muted-foreground">
            Left out: {notTaught.retiredLeftOut} retired skill
            {notTaught.retiredLeftOut === 1
              ? " that roles still require"
              : "s that roles still require"}
            ; see the role matrix.
          </p>
        ) : null}
      </Card>
      <Card
        id="coverage-unmapped"
        className="md:col-span-2"
        title="Statements with an unmapped activity"
        summary={
          <>
            <Count n={data.unmappedStatements.count} noun="statement" />
            {data.unmappedStatements.activities > 0
              ? ` about ${data.unmappedStatements.activities} ${data.unmappedStatements.activities === 1 ? "activity" : "activities"} no asset claims`
              : ""}
          </>
        }
      >
        {data.unmappedStatements.examples.length ? (
          <>
            <p className="mb-2 text-sm text-muted-foreground">
              Add these activity ids to an asset (Assets, edit, xAPI activity ids) so their
              statements count towards its skills and goals.
            </p>
            <ul className="grid gap-1 text-xs">
              {data.unmappedStatements.examples.map((a) => (
                <li key={a.activityId} className="flex flex-wrap items-baseline gap-x-2">
                  <span className="font-mono break-all">{a.activityId}</span>
                  {a.name ? <span className="text-muted-foreground">{a.name}</span> : null}
                  <span className="text-muted-foreground">
                    ({a.statements} {a.statements === 1 ? "statement" : "statements"})
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
    </div>
  );
}
