import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { COST_CATEGORY_LABELS, type TCostItem } from "@xroi/validators";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { ConfirmDialog } from "../../components/dialog";
import { NativeSelect } from "../../components/input";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { formatMoney } from "../../lib/money";
import { useTRPC } from "../../trpc";
import { PageHeader } from "../page-header";
import { CostItemDialog } from "./cost-item-dialog";
import { ProgramDialog } from "./program-dialog";

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-border bg-background px-4 py-3">
      <div className="text-xs uppercase tracking-wide text-muted-foreground">{label}</div>
      <div className="mt-1 text-lg font-semibold tabular-nums">{value}</div>
    </div>
  );
}

/** Programs and their cost items, with exact totals over the program's period. */
export function LedgerScreen({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const programs = useQuery(trpc.ledger.programs.queryOptions());
  const [chosen, setChosen] = useState<string>();
  const programId = chosen ?? programs.data?.[0]?.id;
  const ledger = useQuery({
    ...trpc.ledger.program.queryOptions({ programId: programId ?? "" }),
    enabled: !!programId,
  });
  const [creatingProgram, setCreatingProgram] = useState(false);
  const [editing, setEditing] = useState<TCostItem | "new" | null>(null);
  const [deleting, setDeleting] = useState<TCostItem | null>(null);
  const [notice, setNotice] = useState<string>();
  const remove = useMutation(
    trpc.ledger.deleteItem.mutationOptions({
      onSuccess: () => {
        setNotice(`Deleted “${deleting?.component}”.`);
        setDeleting(null);
        void queryClient.invalidateQueries({ queryKey: trpc.ledger.pathKey() });
      },
    }),
  );
  const data = ledger.data;
  const money = (minor: bigint) => formatMoney(minor, data?.program.currency ?? "USD");

  return (
    <section>
      <PageHeader
        title="Cost ledger"
        description="Every cost of a program, exact to the cent: people, content, technology, licences and the learners' own time."
        actions={
          canEdit ? (
            <Button variant="outline" onClick={() => setCreatingProgram(true)}>
              New program
            </Button>
          ) : null
        }
      />
      <Notice tone="error" className="mb-3">
        {programs.error
          ? errorMessage(programs.error)
          : ledger.error
            ? errorMessage(ledger.error)
            : undefined}
      </Notice>
      {programs.data && programs.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border bg-background p-8 text-sm text-muted-foreground">
          No programs yet.{canEdit ? " Create one to start counting its costs." : ""}
        </p>
      ) : null}
      {programs.data && programs.data.length > 0 ? (
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <NativeSelect
            aria-label="Program"
            className="max-w-sm"
            value={programId}
            onChange={(e) => {
              setChosen(e.target.value);
              setNotice(undefined);
            }}
          >
            {programs.data.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </NativeSelect>
          {data ? (
            <span className="text-sm text-muted-foreground">
              {data.program.startsOn} to {data.program.endsOn} · {data.program.currency}
            </span>
          ) : null}
          {canEdit && programId ? (
            <Button className="ml-auto" onClick={() => setEditing("new")}>
              Add cost item
            </Button>
          ) : null}
        </div>
      ) : null}
      {data ? (
        <>
          <div aria-label="Totals" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            <Stat label="Total" value={money(data.totals.total)} />
            <Stat label="Without optional" value={money(data.totals.withoutOptional)} />
            <Stat label="One-time" value={money(data.totals.oneTime)} />
            <Stat label="Recurring (in period)" value={money(data.totals.recurring)} />
            <Stat label="Actual so far" value={money(data.totals.actual)} />
          </div>
          <Notice tone="ok" className="mb-3">
            {notice}
          </Notice>
          <Table aria-label="Cost items">
            <THead>
              <tr>
                <TH>Component</TH>
                <TH>Category</TH>
                <TH>Rate × volume</TH>
                <TH>Recurrence</TH>
                <TH className="text-right">In period</TH>
                {canEdit ? <TH className="text-right">Actions</TH> : null}
              </tr>
            </THead>
            <TBody>
              {data.items.map((item) => (
                <TR key={item.id}>
                  <TD className="font-medium">
                    {item.component}{" "}
                    {item.isOptional ? <Badge tone="warning">optional</Badge> : null}{" "}
                    {item.status === "actual" ? <Badge tone="success">actual</Badge> : null}
                  </TD>
                  <TD>{COST_CATEGORY_LABELS[item.category]}</TD>
                  <TD className="tabular-nums text-muted-foreground">
                    {item.rate} per {item.unit.replace(/_/g, " ")} × {item.volume}
                  </TD>
                  <TD>{item.recurrence.replace(/_/g, " ")}</TD>
                  <TD className="text-right tabular-nums">{money(item.amountInWindowMinor)}</TD>
                  {canEdit ? (
                    <TD className="whitespace-nowrap text-right">
                      <Button
                        variant="ghost"
                        size="sm"
                        aria-label={`Edit ${item.component}`}
                        onClick={() => setEditing(item)}
                      >
                        Edit
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        className="text-destructive"
                        aria-label={`Delete ${item.component}`}
                        onClick={() => {
                          remove.reset();
                          setDeleting(item);
                        }}
                      >
                        Delete
                      </Button>
                    </TD>
                  ) : null}
                </TR>
              ))}
              {data.items.length === 0 ? (
                <tr>
                  <TD colSpan={canEdit ? 6 : 5} className="py-10 text-center text-muted-foreground">
                    No cost items yet.
                  </TD>
                </tr>
              ) : null}
            </TBody>
          </Table>
        </>
      ) : null}
      <ProgramDialog
        open={creatingProgram}
        onOpenChange={setCreatingProgram}
        onCreated={(id) => setChosen(id)}
      />
      {programId && data ? (
        <CostItemDialog
          open={editing !== null}
          onOpenChange={(open) => !open && setEditing(null)}
          programId={programId}
          currency={data.program.currency}
          item={editing === "new" || editing === null ? undefined : editing}
          onSaved={(item) =>
            setNotice(
              editing === "new" ? `Added “${item.component}”.` : `Saved “${item.component}”.`,
            )
          }
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete “${deleting?.component ?? ""}”?`}
        description="The item leaves the program's totals. Its history stays in the audit log."
        confirmLabel="Delete item"
        isPending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      />
    </section>
  );
}
