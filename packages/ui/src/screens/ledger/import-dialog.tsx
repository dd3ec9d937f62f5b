import { useMutation, useQueryClient } from "@tanstack/react-query";
import { COST_CATEGORY_LABELS, LEDGER_ITEM_COLUMNS, MAX_LEDGER_FILE_BYTES } from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { Field } from "../../components/field";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { downloadBlob, fileToBase64 } from "../../lib/files";
import { formatMoney } from "../../lib/money";
import { useTRPC } from "../../trpc";

const TEMPLATE = [
  LEDGER_ITEM_COLUMNS.map((c) => c.column).join(","),
  "Instructional design,people,design,hour,95,120,USD,one_time,2026-02-01,,planned,L&D team,,no",
  "LRS hosting,technology,operations,month,350,1,USD,monthly,2026-01-01,2026-12-31,planned,Vendor,,no",
].join("\r\n");
const PREVIEW_ROWS = 8;

/** Choose a CSV or XLSX file, see every line checked, then add all of it or nothing. */
export function ImportDialog({
  open,
  onOpenChange,
  programId,
  currency,
  onImported,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  programId: string;
  currency: string;
  onImported: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string }>();
  const [fileError, setFileError] = useState<string>();
  const preview = useMutation(trpc.ledger.previewImport.mutationOptions());
  const apply = useMutation(
    trpc.ledger.importItems.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries({ queryKey: trpc.ledger.pathKey() });
        onImported(
          `Imported ${result.imported} item${result.imported === 1 ? "" : "s"} from ${file?.fileName ?? "the file"}.`,
        );
        close();
      },
    }),
  );
  const close = () => {
    setFile(undefined);
    setFileError(undefined);
    preview.reset();
    apply.reset();
    onOpenChange(false);
  };
  const choose = async (chosen: File | undefined) => {
    preview.reset();
    apply.reset();
    setFile(undefined);
    setFileError(undefined);
    if (!chosen) return;
    if (chosen.size > MAX_LEDGER_FILE_BYTES) {
      setFileError("File: must be at most 5 MB");
      return;
    }
    const next = { fileName: chosen.name, contentBase64: await fileToBase64(chosen) };
    setFile(next);
    preview.mutate({ programId, ...next });
  };
  const result = preview.data;
  const hasProblems = !!result && (result.columnErrors.length > 0 || result.errors.length > 0);
  const linesWithErrors = new Set(result?.errors.map((e) => e.line)).size;
  const money = (minor: bigint) => formatMoney(minor, currency);

  return (
    <Dialog
      wide
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title="Import cost items"
      description="A CSV (UTF-8) or XLSX file with a header row. Every line is checked first; the items are added only if all lines are right."
    >
      <div className="grid max-h-[70vh] gap-4 overflow-y-auto pr-1">
        <div className="flex flex-wrap items-end gap-3">
          <Field id="ledger-import-file" label="File" error={fileError}>
            <input
              id="ledger-import-file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-background file:px-3 file:py-1.5 file:text-sm"
              onChange={(e) => void choose(e.target.files?.[0])}
            />
          </Field>
          <Button
            variant="link"
            size="sm"
            onClick={() =>
              downloadBlob("ledger-template.csv", new Blob([TEMPLATE], { type: "text/csv" }))
            }
          >
            Download a template
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">
          Columns: {LEDGER_ITEM_COLUMNS.map((c) => c.column + (c.required ? "*" : "")).join(", ")}{" "}
          (* required). A file exported from the ledger imports as it is.
        </p>
        {preview.isPending ? <p className="text-sm">Checking {file?.fileName}…</p> : null}
        <Notice tone="error">{preview.error ? errorMessage(preview.error) : undefined}</Notice>
        {result ? (
          <div className="grid gap-3">
            <p className="text-sm" role="status">
              {result.rowCount} row{result.rowCount === 1 ? "" : "s"} read from {result.fileName}:{" "}
              <strong>{result.items.length} ready</strong>
              {hasProblems
                ? `, ${linesWithErrors || "the header"} ${linesWithErrors === 1 ? "line has" : "lines have"} errors. Nothing will be imported until the file is fixed.`
                : `, adding ${money(result.amountMinor)} (per period for recurring items).`}
            </p>
            {result.columnErrors.length > 0 ? (
              <ul role="alert" className="list-disc pl-5 text-sm text-destructive">
                {result.columnErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : null}
            {result.errors.length > 0 ? (
              <Table aria-label="Lines with errors">
                <THead>
                  <tr>
                    <TH>Line</TH>
                    <TH>Column</TH>
                    <TH>Problem</TH>
                  </tr>
                </THead>
                <TBody>
                  {result.errors.map((e) => (
                    <TR key={`${e.line}-${e.column}`}>
                      <TD className="tabular-nums">{e.line}</TD>
                      <TD className="font-mono text-xs">{e.column}</TD>
                      <TD className="text-destructive">{e.message}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            ) : null}
            {result.items.length > 0 ? (
              <Table aria-label="Items to import">
                <THead>
                  <tr>
                    <TH>Line</TH>
                    <TH>Component</TH>
                    <TH>Category</TH>
                    <TH className="text-right">Amount</TH>
                  </tr>
                </THead>
                <TBody>
                  {result.items.slice(0, PREVIEW_ROWS).map((item) => (
                    <TR key={item.line}>
                      <TD className="tabular-nums">{item.line}</TD>
                      <TD>{item.component}</TD>
                      <TD>{COST_CATEGORY_LABELS[item.category]}</TD>
                      <TD className="text-right tabular-nums">
                        {money(item.amountMinor)}
                        {item.recurrence === "one_time"
                          ? ""
                          : ` / ${item.recurrence === "monthly" ? "month" : "year"}`}
                      </TD>
                    </TR>
                  ))}
                  {result.items.length > PREVIEW_ROWS ? (
                    <tr>
                      <TD colSpan={4} className="text-center text-muted-foreground">
                        and {result.items.length - PREVIEW_ROWS} more
                      </TD>
                    </tr>
                  ) : null}
                </TBody>
              </Table>
            ) : null}
          </div>
        ) : null}
        <Notice tone="error">{apply.error ? errorMessage(apply.error) : undefined}</Notice>
        <div className="flex justify-end gap-2">
          <Button variant="outline" onClick={close}>
            Cancel
          </Button>
          <Button
            disabled={
              !file || !result || hasProblems || result.items.length === 0 || apply.isPending
            }
            onClick={() => file && apply.mutate({ programId, ...file })}
          >
            {apply.isPending
              ? "Importing…"
              : `Import ${result && !hasProblems ? result.items.length : ""} items`.replace(
                  "  ",
                  " ",
                )}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
