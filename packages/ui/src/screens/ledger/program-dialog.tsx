import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ZProgramCreateSchema } from "@xroi/validators";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { applyServerErrors } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

type TValues = z.input<typeof ZProgramCreateSchema>;
const FIELDS = ["name", "currency", "startsOn", "endsOn", "description"] as const;

export function ProgramDialog({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (id: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TValues, unknown, z.output<typeof ZProgramCreateSchema>>({
    resolver: zodResolver(ZProgramCreateSchema),
    defaultValues: { name: "", currency: "USD", startsOn: "", endsOn: "", description: "" },
  });
  const create = useMutation(
    trpc.ledger.createProgram.mutationOptions({
      onSuccess: ({ id }) => {
        void queryClient.invalidateQueries({ queryKey: trpc.ledger.pathKey() });
        form.reset();
        onCreated(id);
        onOpenChange(false);
      },
      onError: (error) => setFormError(applyServerErrors(error, FIELDS, form.setError)),
    }),
  );
  const errors = form.formState.errors;
  const text = (name: (typeof FIELDS)[number], title: string, placeholder?: string) => (
    <Field id={`program-${name}`} label={title} error={errors[name]?.message}>
      <Input
        placeholder={placeholder}
        {...fieldAria(`program-${name}`, errors[name]?.message)}
        {...form.register(name)}
      />
    </Field>
  );
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="New program"
      description="A program whose costs you count, in one currency, over a period."
    >
      <form
        noValidate
        className="grid gap-3"
        onSubmit={form.handleSubmit((values) => {
          setFormError(undefined);
          create.mutate(values);
        })}
      >
        {text("name", "Name", "Export readiness pilot")}
        <div className="grid grid-cols-3 gap-3">
          {text("currency", "Currency", "USD")}
          {text("startsOn", "Starts", "2026-01-01")}
          {text("endsOn", "Ends", "2026-12-31")}
        </div>
        {text("description", "Description")}
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={() => onOpenChange(false)}
          submitLabel="Create program"
          pendingLabel="Creating…"
          isPending={create.isPending}
        />
      </form>
    </Dialog>
  );
}
