import { useQuery } from "@tanstack/react-query";
import { LEDGER_HISTORY_ENTITIES } from "@xroi/validators";
import { Dialog } from "../components/dialog";
import { Notice } from "../components/notice";
import { errorMessage } from "../forms/trpc-errors";
import { actionLabel, auditChanges } from "../lib/audit-diff";
import { useTRPC } from "../trpc";

type TLedgerEntity = (typeof LEDGER_HISTORY_ENTITIES)[number];
export type THistoryEntity =
  "skill_framework" | "skill" | "job_role" | "learning_asset" | "tag" | TLedgerEntity;

const isLedgerEntity = (type: THistoryEntity): type is TLedgerEntity =>
  (LEDGER_HISTORY_ENTITIES as readonly string[]).includes(type);

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** Who changed an item, when, and what each change did, newest first (from the audit log). */
export function HistoryDialog({
  entity,
  onClose,
}: {
  entity: { type: THistoryEntity; id: string; name: string } | null;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const type = entity?.type ?? "skill";
  // Each area answers for its own history; only the one that holds this entity is asked.
  const ledgerHistory = useQuery({
    ...trpc.ledger.history.queryOptions({
      entityType: isLedgerEntity(type) ? type : "program",
      entityId: entity?.id ?? "",
    }),
    enabled: !!entity && isLedgerEntity(type),
  });
  const taxonomyHistory = useQuery({
    ...trpc.taxonomy.history.queryOptions({
      entityType: isLedgerEntity(type) ? "skill" : type,
      entityId: entity?.id ?? "-",
    }),
    enabled: !!entity && !isLedgerEntity(type),
  });
  const history = isLedgerEntity(type) ? ledgerHistory : taxonomyHistory;
  return (
    <Dialog
      wide
      open={!!entity}
      onOpenChange={(open) => !open && onClose()}
      title={`History of “${entity?.name ?? ""}”`}
      description="Newest first: who made each change, when, and the values before → after."
    >
      <Notice tone="error">{history.error ? errorMessage(history.error) : undefined}</Notice>
      {history.isPending ? <p className="text-sm text-muted-foreground">Loading history…</p> : null}
      {history.data?.length === 0 ? (
        <p className="text-sm text-muted-foreground">No changes recorded yet.</p>
      ) : null}
      <ol aria-label="Changes" className="grid max-h-[60vh] gap-3 overflow-y-auto pr-1">
        {history.data?.map((entry) => {
          const changes = auditChanges(entry.before, entry.after);
          return (
            <li key={entry.id} className="rounded-md border border-border p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-medium">{actionLabel(entry.action)}</span>
                <span className="text-xs text-muted-foreground">
                  {entry.actor ?? "System"} · <time>{when.format(entry.at)}</time>
                </span>
              </div>
              {changes.length > 0 ? (
                <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs">
                  {changes.map((c) => (
                    <div key={c.key} className="contents">
                      <dt className="font-mono text-muted-foreground">{c.key}</dt>
                      <dd className="break-words">
                        {c.before !== undefined ? (
                          <span className="text-muted-foreground line-through decoration-muted-foreground/50">
                            {c.before}
                          </span>
                        ) : null}
                        {c.before !== undefined && c.after !== undefined ? " → " : null}
                        {c.after !== undefined ? <span>{c.after}</span> : null}
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Dialog>
  );
}
