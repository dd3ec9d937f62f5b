import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TCostItem } from "@xroi/validators";
import { History } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/button";
import { ConfirmDialog } from "../../components/dialog";
import { NativeSelect } from "../../components/input";
import { Notice } from "../../components/notice";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "../../components/tabs";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { HistoryDialog, type THistoryEntity } from "../history-dialog";
import { PageHeader } from "../page-header";
import { AllocationPanel } from "./allocation-panel";
import { CostItemDialog } from "./cost-item-dialog";
import { ExportButtons } from "./export-buttons";
import { ImportDialog } from "./import-dialog";
import { WindowPicker, type TDateWindow } from "./window-picker";
import { GROUP_BY, GROUP_BY_LABELS, type TGroupBy } from "./group-items";
import { LedgerTable } from "./ledger-table";
import { OutOfPeriodNotice } from "./out-of-period-notice";
import { PlannedActualChart } from "./planned-actual-chart";
import { ProgramActions } from "./program-actions";
import { ProgramComparison } from "./program-comparison";
import { ProgramDialog } from "./program-dialog";
import { TotalsBar } from "./totals-bar";

type THistoryTarget = { type: THistoryEntity; id: string; name: string };

/**
 * Programs and their cost items, with exact totals over the program's period, grouped or not, a
 * planned-against-actual chart, and a side-by-side comparison of programs.
 */
export function LedgerScreen({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const programs = useQuery(trpc.ledger.programs.queryOptions());
  const [chosen, setChosen] = useState<string>();
  const [dateWindow, setDateWindow] = useState<TDateWindow>();
  // The chosen program while it exists, else the first (after a delete, say).
  const program = programs.data?.find((p) => p.id === chosen) ?? programs.data?.[0];
  const programId = program?.id;
  const ledger = useQuery({
    ...trpc.ledger.program.queryOptions({ programId: programId ?? "", window: dateWindow }),
    enabled: !!programId,
    // Keep showing the last totals while a new window loads, so the page does not jump.
    placeholderData: keepPreviousData,
  });
  const [creatingProgram, setCreatingProgram] = useState(false);
  const [editing, setEditing] = useState<TCostItem | "new" | null>(null);
  const [deleting, setDeleting] = useState<TCostItem | null>(null);
  const [notice, setNotice] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const [importing, setImporting] = useState(false);
  const [view, setView] = useState<"ledger" | "compare">("ledger");
  const [groupBy, setGroupBy] = useState<TGroupBy>("none");
  const [compareIds, setCompareIds] = useState<string[]>();
  const [history, setHistory] = useState<THistoryTarget | null>(null);
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
  // Until someone picks, compare the program on screen with the next one.
  const defaultCompareIds = [
    programId ?? "",
    programs.data?.find((p) => p.id !== programId)?.id ?? "",
  ];

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
        <Tabs value={view} onValueChange={(next) => setView(next as typeof view)}>
          <TabsList aria-label="Ledger views">
            <TabsTrigger value="ledger">Ledger</TabsTrigger>
            <TabsTrigger value="compare">Compare programs</TabsTrigger>
          </TabsList>
          <TabsContent value="ledger" className="grid gap-4">
            <div className="flex flex-wrap items-center gap-3">
              <NativeSelect
                aria-label="Program"
                className="max-w-sm"
                value={programId}
                onChange={(e) => {
                  setChosen(e.target.value);
                  setDateWindow(undefined);
                  setNotice(undefined);
                }}
              >
                {programs.data.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </NativeSelect>
              {program ? (
                <Button
                  variant="ghost"
                  size="icon"
                  className="size-8"
                  aria-label="Program history"
                  title="History: who changed the program, when"
                  onClick={() =>
                    setHistory({ type: "program", id: program.id, name: program.name })
                  }
                >
                  <History aria-hidden />
                </Button>
              ) : null}
              {canEdit && program ? (
                <ProgramActions
                  program={program}
                  onSaved={setNotice}
                  onDeleted={(message) => {
                    setChosen(undefined);
                    setDateWindow(undefined);
                    setNotice(message);
                  }}
                />
              ) : null}
              {data ? (
                <span className="text-sm text-muted-foreground">
                  {data.program.startsOn} to {data.program.endsOn} · {data.program.currency}
                </span>
              ) : null}
              <div className="ml-auto flex flex-wrap gap-2">
                {programId ? <ExportButtons programId={programId} onError={setFileError} /> : null}
                {canEdit && programId ? (
                  <Button variant="outline" onClick={() => setImporting(true)}>
                    Import
                  </Button>
                ) : null}
                {canEdit && programId ? (
                  <Button onClick={() => setEditing("new")}>Add cost item</Button>
                ) : null}
              </div>
            </div>
            {data ? (
              <>
                <WindowPicker
                  key={`${data.program.id}-${dateWindow?.from ?? ""}`}
                  period={{ from: data.program.startsOn, to: data.program.endsOn }}
                  value={dateWindow}
                  onChange={setDateWindow}
                />
                <TotalsBar data={data} />
                <OutOfPeriodNotice
                  items={data.items}
                  period={{ from: data.program.startsOn, to: data.program.endsOn }}
                  canEdit={canEdit}
                />
                <Notice tone="ok">{notice}</Notice>
                <Notice tone="error">{fileError}</Notice>
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <h2 className="text-base font-semibold">Cost items</h2>
                  <label className="flex items-center gap-2 text-sm text-muted-foreground">
                    Group by
                    <NativeSelect
                      className="w-36 text-foreground"
                      value={groupBy}
                      onChange={(e) => setGroupBy(e.target.value as TGroupBy)}
                    >
                      {GROUP_BY.map((g) => (
                        <option key={g} value={g}>
                          {GROUP_BY_LABELS[g]}
                        </option>
                      ))}
                    </NativeSelect>
                  </label>
                </div>
                <LedgerTable
                  items={data.items}
                  currency={data.program.currency}
                  groupBy={groupBy}
                  amountLabel={dateWindow ? "In window" : "In period"}
                  canEdit={canEdit}
                  onEdit={setEditing}
                  onDelete={(item) => {
                    remove.reset();
                    setDeleting(item);
                  }}
                  onHistory={(item) =>
                    setHistory({ type: "cost_item", id: item.id, name: item.component })
                  }
                />
                <PlannedActualChart
                  items={data.items}
                  currency={data.program.currency}
                  plannedMinor={data.totals.planned}
                  actualMinor={data.totals.actual}
                />
                <AllocationPanel
                  programId={data.program.id}
                  currency={data.program.currency}
                  canEdit={canEdit}
                />
              </>
            ) : null}
          </TabsContent>
          {/* Mounted only while open, so its queries run only when someone looks at it. */}
          {view === "compare" ? (
            <TabsContent value="compare">
              <ProgramComparison
                programs={programs.data}
                ids={compareIds ?? defaultCompareIds}
                onIdsChange={setCompareIds}
              />
            </TabsContent>
          ) : null}
        </Tabs>
      ) : null}
      <ProgramDialog
        open={creatingProgram}
        onOpenChange={setCreatingProgram}
        onSaved={(id) => {
          setChosen(id);
          setDateWindow(undefined);
          setView("ledger");
        }}
      />
      {programId && data ? (
        <ImportDialog
          open={importing}
          onOpenChange={setImporting}
          programId={programId}
          currency={data.program.currency}
          onImported={(message) => {
            setFileError(undefined);
            setNotice(message);
          }}
        />
      ) : null}
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
      <HistoryDialog entity={history} onClose={() => setHistory(null)} />
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
