import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TSkill } from "@xroi/validators";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { cn } from "../../lib/cn";
import { useTRPC } from "../../trpc";

const PAGE_SIZE = 50;

/** Matches anywhere in the framework (name, alternative label, URI, description), with their paths. */
export function SearchResults({
  frameworkId,
  term,
  selectedId,
  onSelect,
}: {
  frameworkId: string;
  term: string;
  selectedId?: string;
  onSelect: (skill: TSkill) => void;
}) {
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const results = useQuery({
    ...trpc.skills.list.queryOptions({ frameworkId, search: term, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const data = results.data;
  return (
    <div className="grid gap-2">
      <p className="px-2 text-sm text-muted-foreground" aria-live="polite">
        {data ? `${data.total} match${data.total === 1 ? "" : "es"} for “${term}”` : "Searching…"}
      </p>
      <Notice tone="error">{results.error ? errorMessage(results.error) : undefined}</Notice>
      <ul aria-label="Search results" className="grid gap-0.5">
        {data?.items.map((skill) => (
          <li key={skill.id}>
            <button
              type="button"
              aria-current={skill.id === selectedId ? "true" : undefined}
              onClick={() => onSelect(skill)}
              className={cn(
                "grid w-full gap-0.5 rounded-md px-2 py-1.5 text-left text-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                skill.id === selectedId && "bg-primary/10 text-primary",
              )}
            >
              <span className="flex items-center gap-2">
                <span className="font-medium">{skill.name}</span>
                {skill.kind === "group" ? <Badge tone="warning">Group</Badge> : null}
              </span>
              <span className="text-xs text-muted-foreground">
                {skill.path.length > 0 ? skill.path.join(" › ") : "Top level"}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {data && data.pageCount > 1 ? (
        <nav aria-label="Result pages" className="flex items-center justify-end gap-3 px-2 text-sm">
          <Button
            variant="outline"
            size="sm"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            Previous
          </Button>
          <span>
            Page {data.page} of {data.pageCount}
          </span>
          <Button
            variant="outline"
            size="sm"
            disabled={page >= data.pageCount}
            onClick={() => setPage(page + 1)}
          >
            Next
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
