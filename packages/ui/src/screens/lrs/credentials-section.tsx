import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { LRS_SCOPE_LABELS, type TLrsCredential, type TLrsScope } from "@xroi/validators";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { ConfirmDialog } from "../../components/dialog";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { ConnectPanel } from "./connect-panel";
import { CredentialDialog } from "./credential-dialog";
import { formatWhen } from "./lrs-format";

const scopeLabel = (scope: string) => LRS_SCOPE_LABELS[scope as TLrsScope] ?? scope;

/** The keys learning tools send statements with: create (secret shown once), list, revoke. */
export function CredentialsSection({ endpoint }: { endpoint: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const credentials = useQuery(trpc.lrs.credentials.queryOptions());
  const [isCreating, setIsCreating] = useState(false);
  const [revoking, setRevoking] = useState<TLrsCredential | null>(null);
  const [notice, setNotice] = useState<string>();
  const revoke = useMutation(
    trpc.lrs.revokeCredential.mutationOptions({
      onSuccess: (credential) => {
        setNotice(`Revoked “${credential.name}”. Tools using it are refused within seconds.`);
        setRevoking(null);
        void queryClient.invalidateQueries({ queryKey: trpc.lrs.pathKey() });
      },
    }),
  );

  return (
    <div className="grid gap-6">
      <div className="grid gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-muted-foreground">
            Each learning tool gets its own credential, so its statements can be told apart and it
            can be cut off alone.
          </p>
          <Button className="ml-auto" onClick={() => setIsCreating(true)}>
            New credential
          </Button>
        </div>
        <Notice tone="ok">{notice}</Notice>
        <Notice tone="error">
          {credentials.error ? errorMessage(credentials.error) : undefined}
        </Notice>
        <Table aria-label="LRS credentials">
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Key</TH>
              <TH>Scopes</TH>
              <TH>xAPI</TH>
              <TH>Created</TH>
              <TH>Last used</TH>
              <TH>State</TH>
              <TH className="text-right">
                <span className="sr-only">Actions</span>
              </TH>
            </tr>
          </THead>
          <TBody>
            {credentials.data?.length === 0 ? (
              <tr>
                <TD colSpan={8} className="py-6 text-center text-muted-foreground">
                  No credentials yet. Create one for each tool that sends statements.
                </TD>
              </tr>
            ) : null}
            {credentials.data?.map((c) => (
              <TR key={c.id} className={c.revokedAt ? "text-muted-foreground" : undefined}>
                <TD className="font-medium">{c.name}</TD>
                <TD className="font-mono text-xs whitespace-nowrap">{c.key}</TD>
                <TD>
                  <ul className="flex max-w-72 flex-wrap gap-1">
                    {c.scopes.map((s) => (
                      <li key={s}>
                        <Badge title={s} className="whitespace-nowrap">
                          {scopeLabel(s)}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                </TD>
                <TD className="tabular-nums">{c.xapiVersion}</TD>
                <TD className="whitespace-nowrap">{formatWhen(c.createdAt)}</TD>
                <TD className="whitespace-nowrap">
                  {c.lastUsedAt ? formatWhen(c.lastUsedAt) : "Never"}
                </TD>
                <TD>
                  {c.revokedAt ? (
                    <Badge tone="danger" title={`Revoked ${formatWhen(c.revokedAt)}`}>
                      Revoked
                    </Badge>
                  ) : (
                    <Badge tone="success">Active</Badge>
                  )}
                </TD>
                <TD className="text-right">
                  {c.revokedAt ? null : (
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-destructive"
                      aria-label={`Revoke ${c.name}`}
                      onClick={() => {
                        revoke.reset();
                        setRevoking(c);
                      }}
                    >
                      Revoke
                    </Button>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </div>
      <ConnectPanel endpoint={endpoint} />
      <CredentialDialog
        open={isCreating}
        endpoint={endpoint}
        onClose={() => setIsCreating(false)}
        onCreated={(name) => setNotice(`Created “${name}”.`)}
      />
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        description={
          <>
            <p>
              Tools using key <code className="font-mono">{revoking?.key}</code> are refused (401)
              within a few seconds. This cannot be undone: to reconnect the tool, create a new
              credential.
            </p>
            <p>The statements it sent stay, and stay attributed to it.</p>
          </>
        }
        confirmLabel="Revoke credential"
        isPending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : undefined}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
      />
    </div>
  );
}
