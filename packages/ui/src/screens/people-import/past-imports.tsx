import { useQuery } from "@tanstack/react-query";
import { IDENTITY_SYSTEM_LABELS, type TIdentitySystem } from "@xroi/validators";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

const number = new Intl.NumberFormat("en");
const systemLabel = (s: string) => IDENTITY_SYSTEM_LABELS[s as TIdentitySystem] ?? s;

/** The mapping imports so far, newest first. */
export function PastImports() {
  const trpc = useTRPC();
  const list = useQuery(trpc.identityImport.list.queryOptions());
  return (
    <section aria-labelledby="past-imports" className="mt-8">
      <h2 id="past-imports" className="mb-2 text-lg font-semibold">
        Past imports
      </h2>
      {list.error ? (
        <p role="alert" className="text-sm text-destructive">
          {errorMessage(list.error)}
        </p>
      ) : list.data?.length === 0 ? (
        <p className="text-sm text-muted-foreground">No mapping has been imported yet.</p>
      ) : list.data ? (
        <Table aria-label="Past imports">
          <THead>
            <TR>
              <TH>When</TH>
              <TH>System</TH>
              <TH>File</TH>
              <TH>New</TH>
              <TH>Matched</TH>
              <TH>Unchanged</TH>
            </TR>
          </THead>
          <TBody>
            {list.data.map((i) => (
              <TR key={i.id}>
                <TD>
                  <time dateTime={i.importedAt.toISOString()}>
                    {i.importedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                  </time>
                </TD>
                <TD>{systemLabel(i.system)}</TD>
                <TD>{i.fileName}</TD>
                <TD className="tabular-nums">{number.format(i.counts.new ?? 0)}</TD>
                <TD className="tabular-nums">{number.format(i.counts.matched ?? 0)}</TD>
                <TD className="tabular-nums">{number.format(i.counts.unchanged ?? 0)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      ) : (
        <p className="text-sm text-muted-foreground">Loading…</p>
      )}
    </section>
  );
}
