import { Check, Circle, LoaderCircle } from "lucide-react";
import { cn } from "../../lib/cn";
import type { TStage } from "./import-progress";

/** The stages of a check or an import, the one under way with its measured progress. */
export function ImportProgressView({ stages }: { stages: TStage[] }) {
  return (
    <ol aria-label="Progress" className="grid gap-2 rounded-md border border-border p-3 text-sm">
      {stages.map((s) => {
        const Icon = s.state === "done" ? Check : s.state === "active" ? LoaderCircle : Circle;
        return (
          <li key={s.key} aria-current={s.state === "active" ? "step" : undefined}>
            <div className="flex items-center gap-2">
              <Icon
                aria-hidden
                className={cn(
                  "size-4 shrink-0",
                  s.state === "done" && "text-emerald-600",
                  s.state === "active" && "animate-spin text-primary",
                  s.state === "waiting" && "size-3 text-muted-foreground/50",
                )}
              />
              <span
                className={cn(
                  s.state === "waiting" && "text-muted-foreground",
                  s.state === "active" && "font-medium",
                )}
              >
                {s.label}
                <span className="sr-only">
                  {s.state === "done" ? " (done)" : s.state === "active" ? " (under way)" : ""}
                </span>
              </span>
              {s.detail ? (
                <span className="ml-auto text-xs tabular-nums text-muted-foreground">
                  {s.detail}
                </span>
              ) : null}
            </div>
            {s.state === "active" && s.max !== undefined ? (
              <progress
                aria-label={s.label}
                value={s.value}
                max={s.max}
                className="mt-1.5 block h-1.5 w-full appearance-none overflow-hidden rounded-full bg-muted [&::-moz-progress-bar]:bg-primary [&::-webkit-progress-bar]:bg-muted [&::-webkit-progress-value]:bg-primary"
              />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
