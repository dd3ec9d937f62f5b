import type { TLrsStatementRow } from "@xroi/validators";
import { Badge } from "../../components/badge";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { formatWhenParts, resultText, shortIri } from "./lrs-format";

/** Stored statements, newest first; a row opens the statement in full. */
export function StatementTable({
  items,
  emptyText,
  onOpen,
}: {
  items: readonly TLrsStatementRow[];
  emptyText: string;
  onOpen: (row: TLrsStatementRow) => void;
}) {
  return (
    <Table aria-label="Statements">
      <THead>
        <tr>
          <TH>Stored</TH>
          <TH>Actor</TH>
          <TH>Verb</TH>
          <TH>Object</TH>
          <TH>Result</TH>
          <TH>Credential</TH>
        </tr>
      </THead>
      <TBody>
        {items.length === 0 ? (
          <tr>
            <TD colSpan={6} className="py-6 text-center text-muted-foreground">
              {emptyText}
            </TD>
          </tr>
        ) : null}
        {items.map((row) => {
          const result = resultText(row.result);
          return (
            <TR
              key={row.id}
              className="cursor-pointer align-top"
              onClick={() => onOpen(row)}
              data-statement-id={row.id}
            >
              <TD className="whitespace-nowrap align-top">
                {/* The row's one control, so the table works from the keyboard. */}
                <button
                  type="button"
                  className="text-left tabular-nums underline-offset-2 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                  title={row.stored}
                  aria-label={`Open statement ${row.id}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(row);
                  }}
                >
                  {formatWhenParts(row.stored).time}
                </button>
                <div className="text-xs text-muted-foreground">
                  {formatWhenParts(row.stored).date}
                </div>
                {row.isVoided ? (
                  <Badge tone="warning" className="mt-1">
                    Voided
                  </Badge>
                ) : null}
              </TD>
              <TD className="max-w-56 align-top">
                <div className="font-medium">{row.actor.name ?? "No name"}</div>
                <div
                  className="truncate font-mono text-xs text-muted-foreground"
                  title={row.actor.ifi}
                >
                  {row.actor.ifi}
                </div>
              </TD>
              <TD className="align-top" title={row.verb.id}>
                {row.verb.display ?? shortIri(row.verb.id)}
              </TD>
              <TD className="max-w-64 align-top">
                <div className="truncate" title={row.object.name ?? undefined}>
                  {row.object.name ??
                    (row.object.type === "Activity"
                      ? shortIri(row.object.id ?? "")
                      : row.object.type)}
                </div>
                {row.object.id ? (
                  <div
                    className="truncate font-mono text-xs text-muted-foreground"
                    title={row.object.id}
                  >
                    {row.object.id}
                  </div>
                ) : null}
              </TD>
              <TD className="whitespace-nowrap align-top">
                {result ? (
                  <span className={row.result?.success === false ? "text-destructive" : undefined}>
                    {result}
                  </span>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TD>
              <TD className="min-w-28 align-top text-muted-foreground">
                {row.credentialName ?? "—"}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
