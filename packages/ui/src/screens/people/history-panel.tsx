import { useQuery } from "@tanstack/react-query";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** Every change to this person, newest first, from the audit log: edits, IDs, merges, splits. */
export function HistoryPanel({ personId }: { personId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.people.history.queryOptions({ id: personId }));
  return (
    <section aria-labelledby="history-heading" className="grid gap-3">
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      <Notice tone="error">{history.error ? errorMessage(history.error) : undefined}</Notice>
      {history.data?.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No changes recorded: this person came from the demo data, an import or a connector.
        </p>
      ) : null}
      {history.data?.length ? (
        <ol aria-label="Changes to this person" className="grid gap-1.5 text-sm">
          {history.data.map((entry) => (
            <li
              key={entry.id}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 border-b border-border pb-1.5 last:border-0"
            >
              <span>{entry.summary}</span>
              <span className="text-xs text-muted-foreground">
                {entry.actor ?? "System"} · <time>{when.format(entry.at)}</time>
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
