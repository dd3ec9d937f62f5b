import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ZJobRoleFieldsSchema, type TRoleMatrix } from "@xroi/validators";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, NativeSelect, Textarea } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { applyServerErrors } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

type TValues = z.input<typeof ZJobRoleFieldsSchema>;
export type TRole = TRoleMatrix["roles"][number];
const FIELDS = ["name", "kind", "description"] as const;

/** Create (role undefined) or edit a job role or member segment. */
export function RoleDialog({
  open,
  role,
  onClose,
  onSaved,
}: {
  open: boolean;
  role?: TRole;
  onClose: () => void;
  onSaved: (name: string, isNew: boolean) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TValues, unknown, z.output<typeof ZJobRoleFieldsSchema>>({
    resolver: zodResolver(ZJobRoleFieldsSchema),
    values: {
      name: role?.name ?? "",
      kind: role?.kind ?? "job_role",
      description: role?.description ?? "",
    },
  });
  const close = () => {
    form.reset();
    setFormError(undefined);
    onClose();
  };
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
    onSaved(form.getValues("name").trim(), !role);
    close();
  };
  const onError = (error: unknown) => setFormError(applyServerErrors(error, FIELDS, form.setError));
  const create = useMutation(trpc.taxonomy.createRole.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.taxonomy.updateRole.mutationOptions({ onSuccess, onError }));
  const errors = form.formState.errors;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && close()}
      title={role ? `Edit “${role.name}”` : "New role"}
      description="A job role, or a member segment for training members rather than staff."
    >
      <form
        noValidate
        className="grid gap-4"
        onSubmit={form.handleSubmit((values) => {
          setFormError(undefined);
          if (role) update.mutate({ ...values, id: role.id });
          else create.mutate(values);
        })}
      >
        <Field id="role-name" label="Name" error={errors.name?.message}>
          <Input
            autoFocus
            {...fieldAria("role-name", errors.name?.message)}
            {...form.register("name")}
          />
        </Field>
        <Field id="role-kind" label="Kind" error={errors.kind?.message}>
          <NativeSelect
            {...fieldAria("role-kind", errors.kind?.message)}
            {...form.register("kind")}
          >
            <option value="job_role">Job role</option>
            <option value="member_segment">Member segment</option>
          </NativeSelect>
        </Field>
        <Field id="role-description" label="Description" error={errors.description?.message}>
          <Textarea
            rows={3}
            {...fieldAria("role-description", errors.description?.message)}
            {...form.register("description")}
          />
        </Field>
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={close}
          submitLabel={role ? "Save changes" : "Create role"}
          pendingLabel="Saving…"
          isPending={create.isPending || update.isPending}
        />
      </form>
    </Dialog>
  );
}
