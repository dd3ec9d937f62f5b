import { useMutation } from "@tanstack/react-query";
import {
  IDENTIFIER_KINDS,
  IDENTITY_SYSTEM_LABELS,
  IDENTITY_SYSTEMS,
  type TIdentifierKind,
  type TIdentitySystem,
  type TPersonDetail,
} from "@xroi/validators";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { Input, NativeSelect } from "../../components/input";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { counted } from "./counted";

const day = (d: Date) => d.toISOString().slice(0, 10);
export const systemLabel = (s: string) => IDENTITY_SYSTEM_LABELS[s as TIdentitySystem] ?? s;

/** A person's IDs in every system; admins add, remove and verify them. */
export function IdentifiersPanel({
  person,
  canEdit,
  onChanged,
}: {
  person: TPersonDetail;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const trpc = useTRPC();
  const [error, setError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const [system, setSystem] = useState<TIdentitySystem>("lms");
  const [kind, setKind] = useState<TIdentifierKind>("email");
  const [value, setValue] = useState("");
  const onError = (e: unknown) => setError(errorMessage(e));
  const done = (text?: string) => {
    setError(undefined);
    setAdded(text);
    onChanged();
  };
  const add = useMutation(
    trpc.people.addIdentifier.mutationOptions({
      onSuccess: (r) => {
        setValue("");
        done(
          `Added${r.changedActors > 0 ? `; ${counted(r.changedActors, "xAPI actor")} re-resolved` : ""}.`,
        );
      },
      onError,
    }),
  );
  const remove = useMutation(
    trpc.people.removeIdentifier.mutationOptions({ onSuccess: () => done("Removed."), onError }),
  );
  const verify = useMutation(
    trpc.people.verifyIdentifier.mutationOptions({ onSuccess: () => done(), onError }),
  );
  return (
    <section aria-labelledby="ids-heading" className="grid gap-3">
      <h2 id="ids-heading" className="text-lg font-semibold">
        Identifiers
      </h2>
      <Table aria-label="Identifiers">
        <THead>
          <tr>
            <TH>System</TH>
            <TH>Kind</TH>
            <TH>Value</TH>
            <TH>Verified</TH>
            <TH>First seen</TH>
            <TH>Last seen</TH>
            <TH>Source</TH>
            {canEdit ? <TH className="text-right">Actions</TH> : null}
          </tr>
        </THead>
        <TBody>
          {person.identifiers.map((i) => (
            <TR key={i.id}>
              <TD className="whitespace-nowrap">{systemLabel(i.system)}</TD>
              <TD>{i.kind}</TD>
              <TD className="font-mono text-xs">{i.value}</TD>
              <TD>
                {i.verified ? <Badge tone="success">Verified</Badge> : <Badge>Not verified</Badge>}
              </TD>
              <TD className="whitespace-nowrap">{day(i.firstSeen)}</TD>
              <TD className="whitespace-nowrap">{day(i.lastSeen)}</TD>
              <TD>{i.source}</TD>
              {canEdit ? (
                <TD className="whitespace-nowrap text-right">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`${i.verified ? "Unverify" : "Verify"} ${i.value}`}
                    onClick={() => verify.mutate({ id: i.id, verified: !i.verified })}
                  >
                    {i.verified ? "Unverify" : "Verify"}
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    className="text-destructive"
                    aria-label={`Remove ${i.value}`}
                    onClick={() => remove.mutate({ id: i.id })}
                  >
                    Remove
                  </Button>
                </TD>
              ) : null}
            </TR>
          ))}
          {person.identifiers.length === 0 ? (
            <TR>
              <TD colSpan={8} className="text-muted-foreground">
                No identifiers.
              </TD>
            </TR>
          ) : null}
        </TBody>
      </Table>
      {canEdit ? (
        <form
          aria-label="Add an identifier"
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ personId: person.id, system, kind, value });
          }}
        >
          <NativeSelect
            aria-label="System"
            className="w-40"
            value={system}
            onChange={(e) => setSystem(e.target.value as TIdentitySystem)}
          >
            {IDENTITY_SYSTEMS.map((s) => (
              <option key={s} value={s}>
                {systemLabel(s)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            aria-label="Kind"
            className="w-40"
            value={kind}
            onChange={(e) => setKind(e.target.value as TIdentifierKind)}
          >
            {IDENTIFIER_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </NativeSelect>
          <Input
            aria-label="Value"
            className="max-w-xs"
            placeholder="ana@example.org, u-42, anadev…"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
          <Button type="submit" disabled={add.isPending}>
            Add identifier
          </Button>
        </form>
      ) : null}
      <Notice tone="error">{error}</Notice>
      <Notice tone="ok">{added}</Notice>
    </section>
  );
}
