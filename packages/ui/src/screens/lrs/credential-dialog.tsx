import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  LRS_SCOPE_LABELS,
  LRS_SCOPES,
  LRS_XAPI_VERSIONS,
  ZLrsCredentialCreateSchema,
  type TLrsScope,
} from "@xroi/validators";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "../../components/button";
import { CopyField } from "../../components/copy-button";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, NativeSelect } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { applyServerErrors } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

type TValues = z.input<typeof ZLrsCredentialCreateSchema>;
type TCreated = { name: string; key: string; secret: string; xapiVersion: string };
const FIELDS = ["name", "scopes", "xapiVersion"] as const;
const DEFAULTS: TValues = { name: "", scopes: ["statements/write"], xapiVersion: "2.0.0" };

/**
 * Creates a credential for a learning tool, then shows its key and secret once. The secret lives
 * only in this dialog's state and is gone when it closes; the server keeps a hash.
 */
export function CredentialDialog({
  open,
  endpoint,
  onClose,
  onCreated,
}: {
  open: boolean;
  endpoint: string | null;
  onClose: () => void;
  onCreated: (name: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<TCreated>();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TValues, unknown, z.output<typeof ZLrsCredentialCreateSchema>>({
    resolver: zodResolver(ZLrsCredentialCreateSchema),
    defaultValues: DEFAULTS,
  });
  const create = useMutation(
    trpc.lrs.createCredential.mutationOptions({
      onSuccess: (credential) => {
        void queryClient.invalidateQueries({ queryKey: trpc.lrs.pathKey() });
        setCreated(credential);
        onCreated(credential.name);
      },
      onError: (error) => setFormError(applyServerErrors(error, FIELDS, form.setError)),
    }),
  );
  const close = () => {
    setCreated(undefined);
    setFormError(undefined);
    form.reset(DEFAULTS);
    create.reset();
    onClose();
  };
  const errors = form.formState.errors;
  const scopes = useWatch({ control: form.control, name: "scopes" }) as TLrsScope[];
  const toggle = (scope: TLrsScope, on: boolean) =>
    form.setValue("scopes", on ? [...scopes, scope] : scopes.filter((s) => s !== scope), {
      shouldValidate: form.formState.isSubmitted,
    });

  return (
    <Dialog
      wide={!!created}
      isDismissible={!created}
      open={open}
      onOpenChange={(next) => !next && close()}
      title={created ? `Credential “${created.name}” created` : "New LRS credential"}
      description={
        created
          ? "Give the learning tool this key and secret, and the endpoint to send statements to."
          : "A key and secret a learning tool uses to send statements, or a connector to send ID mappings (HTTP Basic)."
      }
    >
      {created ? (
        <div className="grid gap-4">
          <div
            role="note"
            className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          >
            <strong>Copy the secret now: you will not see this secret again.</strong> xroi keeps
            only a hash of it. If it is lost, revoke this credential and create a new one.
          </div>
          <CopyField id="created-key" label="Key" value={created.key} />
          <CopyField id="created-secret" label="Secret" value={created.secret} />
          {endpoint ? <CopyField id="created-endpoint" label="Endpoint" value={endpoint} /> : null}
          <p className="text-sm text-muted-foreground">
            Send <code className="font-mono">X-Experience-API-Version: {created.xapiVersion}</code>{" "}
            with every request.
          </p>
          <div className="flex justify-end">
            <Button onClick={close}>I have copied the secret</Button>
          </div>
        </div>
      ) : (
        <form
          noValidate
          className="grid gap-4"
          onSubmit={form.handleSubmit((values) => {
            setFormError(undefined);
            create.mutate(values);
          })}
        >
          <Field id="credential-name" label="Name" error={errors.name?.message}>
            <Input
              placeholder="Moodle production"
              {...fieldAria("credential-name", errors.name?.message)}
              {...form.register("name")}
            />
          </Field>
          <fieldset
            className="grid gap-2"
            aria-invalid={errors.scopes ? true : undefined}
            aria-describedby={errors.scopes ? "credential-scopes-error" : undefined}
          >
            <legend className="mb-1 text-sm font-medium">Scopes</legend>
            <div className="grid gap-1.5">
              {LRS_SCOPES.map((scope) => (
                <label key={scope} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={scopes.includes(scope)}
                    onChange={(e) => toggle(scope, e.target.checked)}
                  />
                  {LRS_SCOPE_LABELS[scope]}
                  <span className="ml-auto font-mono text-xs text-muted-foreground">{scope}</span>
                </label>
              ))}
            </div>
            {errors.scopes ? (
              <p
                id="credential-scopes-error"
                role="alert"
                className="text-xs font-medium text-destructive"
              >
                {errors.scopes.message}
              </p>
            ) : null}
          </fieldset>
          <Field
            id="credential-version"
            label="xAPI version"
            hint="Used to answer requests that name no version; tools should send the header."
            error={errors.xapiVersion?.message}
          >
            <NativeSelect
              {...fieldAria("credential-version", errors.xapiVersion?.message)}
              {...form.register("xapiVersion")}
            >
              {LRS_XAPI_VERSIONS.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Notice tone="error">{formError}</Notice>
          <FormActions
            onCancel={close}
            submitLabel="Create credential"
            pendingLabel="Creating…"
            isPending={create.isPending}
          />
        </form>
      )}
    </Dialog>
  );
}
