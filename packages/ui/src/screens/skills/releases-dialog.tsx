import { useQuery } from "@tanstack/react-query";
import type { TFramework } from "@xroi/validators";
import { Dialog } from "../../components/dialog";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

const number = new Intl.NumberFormat("en");
const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** A framework's release history: each import, newest first, with what it added, changed, retired. */
export function ReleasesDialog({
  framework,
  open,
  onOpenChange,
}: {
  framework: TFramework;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const trpc = useTRPC();
  const versions = useQuery({
    ...trpc.skills.frameworkVersions.queryOptions({ frameworkId: framework.id }),
    enabled: open,
    staleTime: 0,
  });
  return (
    <Dialog
      wide
      open={open}
      onOpenChange={onOpenChange}
      title={`Releases of “${framework.name}”`}
      description="Every import, newest first. Each skill's History shows what a release did to it."
    >
      <Notice tone="error">{versions.error ? errorMessage(versions.error) : undefined}</Notice>
      {versions.isPending ? <p className="text-sm text-muted-foreground">Loading…</p> : null}
      {versions.data?.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          Nothing imported yet: this framework is kept by hand.
        </p>
      ) : null}
      {versions.data?.length ? (
        <div className="max-h-[60vh] overflow-y-auto">
          <Table aria-label="Releases">
            <THead>
              <tr>
                <TH>Version</TH>
                <TH>Imported</TH>
                <TH className="text-right">Added</TH>
                <TH className="text-right">Changed</TH>
                <TH className="text-right">Retired</TH>
                <TH>Files</TH>
              </tr>
            </THead>
            <TBody>
              {versions.data.map((v) => (
                <TR key={v.id}>
                  <TD className="font-medium">{v.version}</TD>
                  <TD className="whitespace-nowrap text-xs text-muted-foreground">
                    {when.format(v.importedAt)}
                    <br />
                    {v.actor ?? "System"}
                  </TD>
                  <TD className="text-right tabular-nums">{number.format(v.added)}</TD>
                  <TD className="text-right tabular-nums">{number.format(v.changed)}</TD>
                  <TD className="text-right tabular-nums">{number.format(v.retired)}</TD>
                  <TD className="max-w-56 break-words font-mono text-xs text-muted-foreground">
                    {v.fileNames.join(", ")}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      ) : null}
    </Dialog>
  );
}
