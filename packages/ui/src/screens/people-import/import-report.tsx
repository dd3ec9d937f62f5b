import type { TImportReport } from "@xroi/validators";
import { Badge } from "../../components/badge";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";

const number = new Intl.NumberFormat("en");
const COUNTS: { key: keyof TImportReport["counts"]; label: string }[] = [
  { key: "new", label: "New people" },
  { key: "matched", label: "Matched" },
  { key: "unchanged", label: "Unchanged" },
  { key: "conflicting", label: "Conflicting" },
  { key: "errors", label: "Lines with errors" },
];
const ACTION_TONE = {
  new: "primary",
  matched: "success",
  unchanged: "neutral",
  problem: "danger",
} as const;

/** The counts of a dry run or an import: one tile each. */
export function ImportCounts({ report }: { report: TImportReport }) {
  const c = report.counts;
  return (
    <section aria-label="Counts">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {COUNTS.map(({ key, label }) => (
          <div key={key} className="rounded-md border border-border p-3">
            <dt className="text-xs text-muted-foreground">{label}</dt>
            <dd
              className={
                (key === "conflicting" || key === "errors") && c[key] > 0
                  ? "text-xl font-semibold text-destructive"
                  : "text-xl font-semibold"
              }
            >
              {number.format(c[key])}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-muted-foreground">
        {number.format(c.rows)} rows; {number.format(c.identifiersAdded)} identifiers{" "}
        {report.applied ? "added" : "to add"}, {number.format(c.organizationsCreated)} new
        organisations, {number.format(c.teamsCreated)} new teams.
      </p>
    </section>
  );
}

/** Every problem by line (as many as the server lists; the total always). */
export function ImportProblems({ report }: { report: TImportReport }) {
  if (report.fileErrors.length > 0)
    return (
      <div role="alert" className="rounded-md bg-destructive/10 p-3 text-sm text-destructive">
        <p className="font-medium">The file cannot be imported:</p>
        <ul className="ml-5 list-disc">
          {report.fileErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </div>
    );
  if (report.problemCount === 0) return null;
  return (
    <section aria-labelledby="import-problems">
      <h3 id="import-problems" className="mb-2 text-sm font-semibold text-destructive">
        {number.format(report.problemCount)} {report.problemCount === 1 ? "problem" : "problems"}
        {report.problems.length < report.problemCount
          ? ` (the first ${number.format(report.problems.length)} shown)`
          : ""}
        : nothing will be imported until the file is fixed
      </h3>
      <Table aria-label="Problems by line">
        <THead>
          <TR>
            <TH>Line</TH>
            <TH>Column</TH>
            <TH>Value</TH>
            <TH>Problem</TH>
            <TH>Held by</TH>
          </TR>
        </THead>
        <TBody>
          {report.problems.map((p, i) => (
            <TR key={`${p.line}-${i}`}>
              <TD className="tabular-nums">{p.line}</TD>
              <TD>{p.column || "—"}</TD>
              <TD className="max-w-48 truncate font-mono text-xs">{p.value || "(empty)"}</TD>
              <TD>
                <Badge tone={p.kind === "error" ? "danger" : "warning"} className="mr-2">
                  {p.kind}
                </Badge>
                {p.reason}
              </TD>
              <TD>{p.heldBy?.displayName ?? ""}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </section>
  );
}

/** The first rows as they will be applied. */
export function ImportPreviewTable({ report }: { report: TImportReport }) {
  if (report.preview.length === 0) return null;
  return (
    <section aria-labelledby="import-preview">
      <h3 id="import-preview" className="mb-2 text-sm font-semibold">
        The first {report.preview.length} rows
      </h3>
      <Table aria-label="Preview of the first rows">
        <THead>
          <TR>
            <TH>Line</TH>
            <TH>Result</TH>
            <TH>Person</TH>
            <TH>Organisation / team</TH>
            <TH>Identifiers</TH>
          </TR>
        </THead>
        <TBody>
          {report.preview.map((r) => (
            <TR key={r.line}>
              <TD className="tabular-nums">{r.line}</TD>
              <TD>
                <Badge tone={ACTION_TONE[r.action]}>{r.action}</Badge>
              </TD>
              <TD>{r.displayName || "—"}</TD>
              <TD>{[r.organization, r.team].filter(Boolean).join(" / ") || "—"}</TD>
              <TD className="text-xs">
                {r.identifiers.map((i) => (
                  <span key={`${i.system}-${i.kind}-${i.value}`} className="mr-2 inline-block">
                    <span className="text-muted-foreground">
                      {i.system} {i.kind}:
                    </span>{" "}
                    <span className="font-mono">{i.value}</span>
                    {i.isNew ? <span className="ml-1 text-emerald-700">(new)</span> : null}
                  </span>
                ))}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
