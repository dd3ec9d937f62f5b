import type { TFrameworkImportPreview } from "@xroi/validators";
import { Badge } from "../../components/badge";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { importExamples } from "./import-examples";

const number = new Intl.NumberFormat("en");
const COUNTS = [
  { key: "added", label: "Added", tone: "success" },
  { key: "changed", label: "Changed", tone: "primary" },
  { key: "retired", label: "Retired", tone: "warning" },
  { key: "unchanged", label: "Unchanged", tone: "neutral" },
] as const;

/** Step 2 of the import: every problem with its file and line, or what the import would change. */
export function ImportPreview({ preview }: { preview: TFrameworkImportPreview }) {
  if (preview.errorCount > 0) {
    const shown = preview.errors.length;
    return (
      <div className="grid gap-3">
        <p role="alert" className="text-sm font-medium text-destructive">
          {number.format(preview.errorCount)} problem{preview.errorCount === 1 ? "" : "s"} found
          {shown < preview.errorCount ? ` (the first ${shown} are listed)` : ""}. Nothing is
          imported until the files are fixed.
        </p>
        <div className="max-h-80 overflow-y-auto">
          <Table aria-label="Problems in the files">
            <THead>
              <tr>
                <TH>File</TH>
                <TH className="capitalize">{preview.unit}</TH>
                <TH>Column</TH>
                <TH>Problem</TH>
              </tr>
            </THead>
            <TBody>
              {preview.errors.map((e, i) => (
                <TR key={i}>
                  <TD className="font-mono text-xs">{e.file}</TD>
                  <TD className="tabular-nums">{e.line > 0 ? e.line : "whole file"}</TD>
                  <TD className="font-mono text-xs">{e.column ?? "—"}</TD>
                  <TD className="text-destructive">{e.message}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      </div>
    );
  }
  const examples = importExamples(preview.examples);
  return (
    <div className="grid gap-4">
      <dl aria-label="What the import changes" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {COUNTS.map((c) => (
          <div key={c.key} className="rounded-lg border border-border px-4 py-3">
            <dt className="text-xs uppercase tracking-wide text-muted-foreground">{c.label}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums">
              {number.format(preview.counts[c.key])}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted-foreground">
        {number.format(preview.total)} skills and groups read from {preview.fileNames.join(", ")}
        {preview.counts.restored > 0
          ? `; ${number.format(preview.counts.restored)} retired before come back`
          : ""}
        .
      </p>
      {preview.notes.length > 0 ? (
        <ul aria-label="Notes" className="list-disc pl-5 text-sm text-muted-foreground">
          {preview.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
      {examples.length > 0 ? (
        <div className="max-h-64 overflow-y-auto">
          <Table aria-label="Examples">
            <THead>
              <tr>
                <TH>Change</TH>
                <TH>Name</TH>
                <TH>In</TH>
                <TH>What changes</TH>
              </tr>
            </THead>
            <TBody>
              {examples.map((e, i) => (
                <TR key={i}>
                  <TD>
                    <Badge tone={COUNTS.find((c) => c.key === e.change)?.tone}>{e.change}</Badge>
                  </TD>
                  <TD className="font-medium">
                    {e.name}
                    {e.kind === "group" ? (
                      <span className="ml-1 text-xs font-normal text-muted-foreground">
                        (group)
                      </span>
                    ) : null}
                  </TD>
                  <TD className="text-xs text-muted-foreground">{e.parent || "Top level"}</TD>
                  <TD className="text-xs text-muted-foreground">{e.detail}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}
