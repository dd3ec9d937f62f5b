import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  PASSWORD_MIN_LENGTH,
  ROLE_LABELS,
  ROLES,
  ZUserCreateSchema,
  type TUser,
} from "@xroi/validators";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormActions, Notice } from "../../components/notice";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, NativeSelect } from "../../components/input";
import { applyServerErrors } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

type TFormValues = z.input<typeof ZUserCreateSchema>;
const FIELDS = ["email", "name", "role", "password"] as const;

/** An admin creates an account with a first password and hands it over; the user signs in with it. */
export function CreateUserDialog({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (user: TUser) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TFormValues, unknown, z.output<typeof ZUserCreateSchema>>({
    resolver: zodResolver(ZUserCreateSchema),
    defaultValues: { email: "", name: "", role: "viewer", password: "" },
  });
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: (user) => {
        void queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
        form.reset();
        onCreated(user);
        onOpenChange(false);
      },
      onError: (error) => setFormError(applyServerErrors(error, FIELDS, form.setError)),
    }),
  );
  const errors = form.formState.errors;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Add a user"
      description="They sign in with this email and password; give them the password in person or over a secure channel."
    >
      <form
        noValidate
        className="grid gap-4"
        onSubmit={form.handleSubmit((values) => {
          setFormError(undefined);
          create.mutate(values);
        })}
      >
        <Field id="user-name" label="Name" error={errors.name?.message}>
          <Input {...fieldAria("user-name", errors.name?.message)} {...form.register("name")} />
        </Field>
        <Field id="user-email" label="Email" error={errors.email?.message}>
          <Input
            type="email"
            {...fieldAria("user-email", errors.email?.message)}
            {...form.register("email")}
          />
        </Field>
        <Field id="user-role" label="Role" error={errors.role?.message}>
          <NativeSelect
            {...fieldAria("user-role", errors.role?.message)}
            {...form.register("role")}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field
          id="user-password"
          label="First password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters`}
          error={errors.password?.message}
        >
          <Input
            type="password"
            autoComplete="new-password"
            {...fieldAria("user-password", errors.password?.message)}
            {...form.register("password")}
          />
        </Field>
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={() => onOpenChange(false)}
          submitLabel="Add user"
          pendingLabel="Adding…"
          isPending={create.isPending}
        />
      </form>
    </Dialog>
  );
}
