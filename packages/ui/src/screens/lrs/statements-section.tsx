import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TFieldErrors } from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { StatementDialog, useStatementView } from "./statement-dialog";
import {
  filterQuery,
  NO_STATEMENT_FILTERS,
  StatementFilters,
  type TStatementFilterForm,
} from "./statement-filters";
import { StatementTable } from "./statement-table";

const PAGE_SIZE = 50;

function pageSummary(count: number, pageNumber: number, actorIfi: string | null): string {
  if (count === 0) return "No statements";
  const by = actorIfi ? ` by ${actorIfi}` : "";
  const which = pageNumber > 1 ? ` (page ${pageNumber})` : "";
  return `${count} statement${count === 1 ? "" : "s"}${by}${which}, newest first`;
}

/**
 * Stored statements, newest first, filtered by actor, verb, activity, time and credential. Pages
 * go back in time by the `stored` cursor the server hands out; the cursors seen so far are kept so
 * "Newer" can step back without counting rows.
 */
export function StatementsSection() {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<TStatementFilterForm>(NO_STATEMENT_FILTERS);
  const [cursors, setCursors] = useState<string[]>([]);
  const statementView = useStatementView();
  const credentials = useQuery(trpc.lrs.credentialOptions.queryOptions());
  const query = { ...filterQuery(filters), cursor: cursors.at(-1), limit: PAGE_SIZE };
  const page = useQuery({
    ...trpc.lrs.statements.queryOptions(query),
    placeholderData: keepPreviousData,
  });
  const serverErrors: TFieldErrors =
    (page.error?.data as { fieldErrors?: TFieldErrors } | undefined)?.fieldErrors ?? {};
  const isFiltered = Object.values(filterQuery(filters)).some((v) => v !== undefined);
  const items = page.data?.items ?? [];

  return (
    <div className="grid gap-4">
      <StatementFilters
        applied={filters}
        credentials={credentials.data ?? []}
        serverErrors={serverErrors}
        onApply={(next) => {
          setFilters(next);
          setCursors([]);
        }}
      />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p className="text-muted-foreground" aria-live="polite">
          {page.data
            ? pageSummary(items.length, cursors.length + 1, page.data.actorIfi)
            : "Loading…"}
        </p>
        <Button
          className="ml-auto"
          variant="outline"
          size="sm"
          disabled={page.isFetching}
          onClick={() => (cursors.length ? setCursors([]) : void page.refetch())}
        >
          {cursors.length ? "Back to newest" : "Refresh"}
        </Button>
      </div>
      <Notice tone="error">{page.error ? errorMessage(page.error) : undefined}</Notice>
      <StatementTable
        items={items}
        emptyText={
          page.data
            ? isFiltered
              ? "No statements match these filters."
              : "No statements stored yet. Connect a tool with a credential to start."
            : "Loading…"
        }
        onOpen={(row) => statementView.open(row.id)}
      />
      {cursors.length > 0 || page.data?.nextCursor ? (
        <nav aria-label="Pages" className="flex items-center justify-end gap-2 text-sm">
          <Button
            variant="outline"
            size="sm"
            disabled={cursors.length === 0}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            Newer
          </Button>
          <Button
            variant="outline"
            size="sm"
            disabled={!page.data?.nextCursor}
            onClick={() => page.data?.nextCursor && setCursors([...cursors, page.data.nextCursor])}
          >
            Older
          </Button>
        </nav>
      ) : null}
      <StatementDialog state={statementView} />
    </div>
  );
}
