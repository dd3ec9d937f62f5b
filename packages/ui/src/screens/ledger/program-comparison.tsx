import { useQueries } from "@tanstack/react-query";
import type { TProgram } from "@xroi/validators";
import { Fragment } from "react";
import { NativeSelect } from "../../components/input";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { cn } from "../../lib/cn";
import { formatMoney } from "../../lib/money";
import { useTRPC } from "../../trpc";
import { comparisonRows } from "./comparison-rows";

const SLOTS = ["First program", "Second program", "Third program (optional)"] as const;

/** Two or three programs' totals side by side, each in its own currency. */
export function ProgramComparison({
  programs,
  ids,
  onIdsChange,
}: {
  programs: readonly TProgram[];
  /** The chosen program per slot, "" for an empty slot. */
  ids: readonly string[];
  onIdsChange: (ids: string[]) => void;
}) {
  const trpc = useTRPC();
  const slots = SLOTS.map((_, i) => ids[i] ?? "");
  const chosen = slots
    .filter((id) => id !== "")
    .map((id) => programs.find((p) => p.id === id))
    .filter((p) => p !== undefined);
  const ledgers = useQueries({
    queries: chosen.map((p) => trpc.ledger.program.queryOptions({ programId: p.id })),
  });
  const rows = comparisonRows(ledgers.map((l) => l.data?.totals));
  const failed = ledgers.find((l) => l.error);

  return (
    <div className="grid gap-4">
      <div className="grid gap-3 sm:grid-cols-3">
        {SLOTS.map((slot, i) => (
          <label key={slot} className="grid gap-1.5 text-sm font-medium">
            {slot}
            <NativeSelect
              value={slots[i]}
              onChange={(e) => onIdsChange(slots.map((id, j) => (j === i ? e.target.value : id)))}
            >
              <option value="">{i < 2 ? "Choose a program…" : "None"}</option>
              {programs.map((p) => (
                <option
                  key={p.id}
                  value={p.id}
                  disabled={slots.some((id, j) => j !== i && id === p.id)}
                >
                  {p.name}
                </option>
              ))}
            </NativeSelect>
          </label>
        ))}
      </div>
      <Notice tone="error">{failed ? errorMessage(failed.error) : undefined}</Notice>
      {chosen.length < 2 ? (
        <p className="text-sm text-muted-foreground">Choose at least two programs to compare.</p>
      ) : null}
      {chosen.length > 0 ? (
        <Table aria-label="Programs side by side" className="table-fixed">
          <THead>
            <tr>
              <TH className="w-48">
                <span className="sr-only">Amount</span>
              </TH>
              {chosen.map((p) => (
                <TH
                  key={p.id}
                  scope="col"
                  className="text-right align-bottom normal-case tracking-normal"
                >
                  <span className="block text-sm font-semibold text-foreground">{p.name}</span>
                  <span className="block text-xs font-normal">
                    {p.currency} · {p.startsOn} to {p.endsOn}
                  </span>
                </TH>
              ))}
            </tr>
          </THead>
          <TBody>
            {rows.map((row, index) => (
              <Fragment key={row.key}>
                {row.isCategory && !rows[index - 1]?.isCategory ? (
                  <tr className="bg-muted/40">
                    <th
                      scope="rowgroup"
                      colSpan={chosen.length + 1}
                      className="px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted-foreground"
                    >
                      By category
                    </th>
                  </tr>
                ) : null}
                <TR>
                  <th
                    scope="row"
                    className={cn(
                      "px-3 py-2 text-left",
                      row.isCategory ? "pl-6 font-normal" : "font-medium",
                      row.key === "total" && "font-semibold",
                    )}
                  >
                    {row.label}
                  </th>
                  {row.amounts.map((amount, i) => (
                    <TD
                      key={chosen[i]!.id}
                      className={cn(
                        "text-right tabular-nums",
                        row.key === "total" && "font-semibold",
                        amount === 0n && "text-muted-foreground",
                      )}
                    >
                      {amount === undefined ? "…" : formatMoney(amount, chosen[i]!.currency)}
                    </TD>
                  ))}
                </TR>
              </Fragment>
            ))}
          </TBody>
        </Table>
      ) : null}
    </div>
  );
}
