import { useQuery } from "@tanstack/react-query";
import type { TFramework, TSkillDetail } from "@xroi/validators";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

export type TDetailAction = "edit" | "add-skill" | "add-group" | "delete" | "history";

/** One skill or group: where it sits, its labels, and what people do at each level of the scale. */
export function SkillDetail({
  skillId,
  framework,
  canEdit,
  onAction,
}: {
  skillId: string;
  framework: TFramework;
  canEdit: boolean;
  onAction: (action: TDetailAction, skill: TSkillDetail) => void;
}) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.skills.get.queryOptions({ id: skillId }));
  const skill = detail.data;
  if (!skill) {
    return (
      <div className="p-5">
        <Notice tone="error">{detail.error ? errorMessage(detail.error) : undefined}</Notice>
        {detail.isPending ? <p className="text-sm text-muted-foreground">Loading…</p> : null}
      </div>
    );
  }
  const isGroup = skill.kind === "group";
  const byLevel = framework.levels
    .map((l) => ({ ...l, behaviours: skill.behaviours.filter((b) => b.level === l.level) }))
    .filter((l) => l.behaviours.length > 0);
  return (
    <article aria-labelledby="skill-detail-title" className="grid gap-4 p-5">
      <header className="grid gap-1.5">
        <p className="text-xs text-muted-foreground">
          {skill.path.length > 0 ? skill.path.join(" › ") : "Top level"}
        </p>
        <h2 id="skill-detail-title" className="text-lg font-semibold leading-tight">
          {skill.name}
        </h2>
        <div className="flex flex-wrap gap-1.5">
          <Badge tone={isGroup ? "warning" : "primary"}>{isGroup ? "Group" : "Skill"}</Badge>
          {isGroup ? (
            <Badge>
              {skill.childCount} item{skill.childCount === 1 ? "" : "s"}
            </Badge>
          ) : skill.childCount > 0 ? (
            <Badge>
              {skill.childCount} narrower skill{skill.childCount === 1 ? "" : "s"}
            </Badge>
          ) : null}
          {skill.retiredAt ? <Badge tone="danger">Retired</Badge> : null}
        </div>
      </header>
      {skill.uri ? (
        <p className="break-all font-mono text-xs text-muted-foreground">{skill.uri}</p>
      ) : null}
      {skill.description ? <p className="text-sm leading-relaxed">{skill.description}</p> : null}
      {skill.altLabels.length > 0 ? (
        <section aria-label="Alternative labels" className="flex flex-wrap gap-1.5">
          {skill.altLabels.map((label) => (
            <Badge key={label}>{label}</Badge>
          ))}
        </section>
      ) : null}
      {byLevel.length > 0 ? (
        <section aria-labelledby="skill-behaviours" className="grid gap-2">
          <h3 id="skill-behaviours" className="text-sm font-semibold">
            Behaviours
          </h3>
          <dl className="grid gap-2 text-sm">
            {byLevel.map((l) => (
              <div key={l.level} className="rounded-md border border-border p-2.5">
                <dt className="text-xs font-semibold text-muted-foreground">
                  Level {l.level} · {l.name}
                </dt>
                {l.behaviours.map((b, i) => (
                  <dd key={i} className="mt-1">
                    {b.text}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </section>
      ) : !isGroup ? (
        <p className="text-sm text-muted-foreground">No behaviours described yet.</p>
      ) : null}
      <div className="flex flex-wrap gap-2 border-t border-border pt-4">
        {canEdit ? (
          <>
            <Button size="sm" onClick={() => onAction("edit", skill)}>
              Edit
            </Button>
            {isGroup ? (
              <>
                <Button size="sm" variant="outline" onClick={() => onAction("add-skill", skill)}>
                  Add skill here
                </Button>
                <Button size="sm" variant="outline" onClick={() => onAction("add-group", skill)}>
                  Add group here
                </Button>
              </>
            ) : null}
          </>
        ) : null}
        <Button size="sm" variant="outline" onClick={() => onAction("history", skill)}>
          History
        </Button>
        {canEdit ? (
          <Button
            size="sm"
            variant="ghost"
            className="text-destructive"
            onClick={() => onAction("delete", skill)}
          >
            Delete
          </Button>
        ) : null}
      </div>
    </article>
  );
}
