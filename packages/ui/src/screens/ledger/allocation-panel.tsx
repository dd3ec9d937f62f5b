import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ALLOCATION_BASIS_LABELS } from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { ConfirmDialog } from "../../components/dialog";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { formatMoney } from "../../lib/money";
import { useTRPC } from "../../trpc";
import { HistoryDialog } from "../history-dialog";
import { AllocationDialog, type TAllocationDraft } from "./allocation-dialog";

/** The program's cost split to assets or cohorts, with cost per learner, completion and outcome. */
export function AllocationPanel({
  programId,
  currency,
  canEdit,
}: {
  programId: string;
  currency: string;
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const allocations = useQuery(trpc.ledger.allocations.queryOptions({ programId }));
  const [editing, setEditing] = useState<TAllocationDraft | "new" | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState<string>();
  const [history, setHistory] = useState<{
    type: "cost_allocation";
    id: string;
    name: string;
  } | null>(null);
  const remove = useMutation(
    trpc.ledger.deleteAllocation.mutationOptions({
      onSuccess: () => {
        setNotice(`Deleted the allocation “${deleting?.name}”.`);
        setDeleting(null);
        void queryClient.invalidateQueries({ queryKey: trpc.ledger.allocations.pathKey() });
      },
    }),
  );
  const money = (minor: bigint | null) => (minor === null ? "–" : formatMoney(minor, currency));
  const count = (n: number | null) => (n === null ? "–" : n.toLocaleString("en"));

  return (
    <section aria-labelledby="allocations-heading" className="mt-8">
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h2 id="allocations-heading" className="text-base font-semibold">
          Allocations
        </h2>
        <p className="text-sm text-muted-foreground">
          Split the cost to assets or cohorts for cost per learner, completion and outcome.
        </p>
        {canEdit ? (
          <Button variant="outline" size="sm" className="ml-auto" onClick={() => setEditing("new")}>
            New allocation
          </Button>
        ) : null}
      </div>
      <Notice tone="error" className="mb-3">
        {allocations.error ? errorMessage(allocations.error) : undefined}
      </Notice>
      <Notice tone="ok" className="mb-3">
        {notice}
      </Notice>
      {allocations.data?.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border bg-background p-6 text-sm text-muted-foreground">
          No allocations yet.
        </p>
      ) : null}
      <div className="grid gap-6">
        {allocations.data?.map((a) => (
          <div key={a.id} className="grid gap-2">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <h3 className="font-medium">{a.name}</h3>
              <span className="text-sm text-muted-foreground">
                {ALLOCATION_BASIS_LABELS[a.basis]} · {a.coveredWindow.from} to {a.coveredWindow.to}
                {a.withOptional ? "" : " · without optional items"} · {money(a.totalMinor)}
              </span>
              <span className="ml-auto">
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`History of allocation ${a.name}`}
                  onClick={() => setHistory({ type: "cost_allocation", id: a.id, name: a.name })}
                >
                  History
                </Button>
                {canEdit ? (
                  <>
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Edit allocation ${a.name}`}
                      onClick={() => setEditing(a)}
                    >
                      Edit
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-destructive"
                      aria-label={`Delete allocation ${a.name}`}
                      onClick={() => {
                        remove.reset();
                        setDeleting(a);
                      }}
                    >
                      Delete
                    </Button>
                  </>
                ) : null}
              </span>
            </div>
            <Table aria-label={`Allocation ${a.name}`}>
              <THead>
                <tr>
                  <TH>Asset or cohort</TH>
                  <TH className="text-right">Share</TH>
                  <TH className="text-right">Amount</TH>
                  <TH className="text-right">Learners</TH>
                  <TH className="text-right">Per learner</TH>
                  <TH className="text-right">Completions</TH>
                  <TH className="text-right">Per completion</TH>
                  <TH className="text-right">Outcomes</TH>
                  <TH className="text-right">Per outcome</TH>
                </tr>
              </THead>
              <TBody>
                {a.targets.map((t) => (
                  <TR key={t.id}>
                    <TD className="font-medium">
                      {t.label}{" "}
                      <span className="text-xs text-muted-foreground">
                        {t.assetId ? "learning asset" : t.kind}
                      </span>
                    </TD>
                    <TD className="text-right tabular-nums">{t.sharePercent}%</TD>
                    <TD className="text-right tabular-nums">{money(t.amountMinor)}</TD>
                    <TD className="text-right tabular-nums">{count(t.learners)}</TD>
                    <TD className="text-right tabular-nums">{money(t.perLearnerMinor)}</TD>
                    <TD className="text-right tabular-nums">{count(t.completions)}</TD>
                    <TD className="text-right tabular-nums">{money(t.perCompletionMinor)}</TD>
                    <TD className="text-right tabular-nums">
                      {count(t.outcomes)} {t.outcomeLabel}
                    </TD>
                    <TD className="text-right tabular-nums">{money(t.perOutcomeMinor)}</TD>
                  </TR>
                ))}
                <tr className="bg-muted/40 font-semibold">
                  <TD>Total</TD>
                  <TD className="text-right tabular-nums">100%</TD>
                  <TD className="text-right tabular-nums">
                    {money(a.targets.reduce((sum, t) => sum + t.amountMinor, 0n))}
                  </TD>
                  <TD colSpan={6} />
                </tr>
              </TBody>
            </Table>
          </div>
        ))}
      </div>
      <AllocationDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        programId={programId}
        allocation={editing === "new" || editing === null ? undefined : editing}
        onSaved={(name) => setNotice(`Saved the allocation “${name}”.`)}
      />
      <HistoryDialog entity={history} onClose={() => setHistory(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete the allocation “${deleting?.name ?? ""}”?`}
        description="The ledger's items stay as they are; only this split is removed. Its history stays in the audit log."
        confirmLabel="Delete allocation"
        isPending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      />
    </section>
  );
}
