import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { CopyButton } from "../../components/copy-button";
import { Dialog } from "../../components/dialog";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

/**
 * Opening one statement in full. Reading it is recorded in the audit log (it is one person's
 * record), so it is fetched once per click, through a mutation: never prefetched, never cached,
 * never re-run by a render.
 */
export function useStatementView() {
  const trpc = useTRPC();
  const [openId, setOpenId] = useState<string | null>(null);
  const view = useMutation(trpc.lrs.viewStatement.mutationOptions());
  return {
    openId,
    view,
    open(id: string) {
      setOpenId(id);
      view.mutate({ id });
    },
    close() {
      setOpenId(null);
      view.reset();
    },
  };
}

/** The statement pretty-printed, with a button to copy it. */
export function StatementDialog({ state }: { state: ReturnType<typeof useStatementView> }) {
  const { openId, view, close } = state;
  const json = view.data ? JSON.stringify(view.data.statement, null, 2) : "";
  return (
    <Dialog
      wide
      open={openId !== null}
      onOpenChange={(open) => !open && close()}
      title="Statement"
      description="As the LRS stores and returns it. Opening a statement is recorded in the audit log."
    >
      <Notice tone="error">{view.error ? errorMessage(view.error) : undefined}</Notice>
      {view.isPending ? <p className="text-sm text-muted-foreground">Loading…</p> : null}
      {view.data ? (
        <div className="grid min-w-0 gap-2">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <code className="font-mono text-xs text-muted-foreground">{view.data.id}</code>
            {view.data.isVoided ? <Badge tone="warning">Voided</Badge> : null}
            <span className="ml-auto">
              <CopyButton value={json} label="Copy statement JSON" />
            </span>
          </div>
          <pre
            aria-label="Statement JSON"
            tabIndex={0}
            className="max-h-[60vh] overflow-auto rounded-md bg-slate-950 p-3 font-mono text-xs leading-relaxed text-slate-100"
          >
            {json}
          </pre>
        </div>
      ) : null}
    </Dialog>
  );
}
