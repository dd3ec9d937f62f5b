import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ZProgramCreateSchema, type TProgram } from "@xroi/validators";
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

/**
 * Create a program (program undefined) or edit one: name, period and description, and the
 * currency only while it has no cost items (their amounts are in it).
 */
export function ProgramDialog({
  open,
  onOpenChange,
  program,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  program?: TProgram;
  onSaved: (id: string, name: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TValues, unknown, z.output<typeof ZProgramCreateSchema>>({
    resolver: zodResolver(ZProgramCreateSchema),
    values: {
      name: program?.name ?? "",
      currency: program?.currency ?? "USD",
      startsOn: program?.startsOn ?? "",
      endsOn: program?.endsOn ?? "",
      description: program?.description ?? "",
    },
  });
  const close = () => {
    form.reset();
    setFormError(undefined);
    onOpenChange(false);
  };
  const onSuccess = ({ id }: { id: string }) => {
    void queryClient.invalidateQueries({ queryKey: trpc.ledger.pathKey() });
    onSaved(id, form.getValues("name").trim());
    close();
  };
  const onError = (error: unknown) => setFormError(applyServerErrors(error, FIELDS, form.setError));
  const create = useMutation(trpc.ledger.createProgram.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.ledger.updateProgram.mutationOptions({ onSuccess, onError }));
  const errors = form.formState.errors;
  const isCurrencyFixed = !!program && program.itemCount > 0;
  const text = (
    name: (typeof FIELDS)[number],
    title: string,
    props: { placeholder?: string; hint?: string; disabled?: boolean } = {},
  ) => (
    <Field id={`program-${name}`} label={title} error={errors[name]?.message} hint={props.hint}>
      <Input
        placeholder={props.placeholder}
        readOnly={props.disabled}
        aria-readonly={props.disabled || undefined}
        className={props.disabled ? "bg-muted text-muted-foreground" : undefined}
        {...fieldAria(`program-${name}`, errors[name]?.message)}
        {...form.register(name)}
      />
    </Field>
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={program ? `Edit “${program.name}”` : "New program"}
      description={
        program
          ? "Costs dated outside the period leave the program's total; the ledger lists them."
          : "A program whose costs you count, in one currency, over a period."
      }
    >
      <form
        noValidate
        className="grid gap-3"
        onSubmit={form.handleSubmit((values) => {
          setFormError(undefined);
          if (program) update.mutate({ ...values, id: program.id });
          else create.mutate(values);
        })}
      >
        {text("name", "Name", { placeholder: "Export readiness pilot" })}
        <div className="grid grid-cols-3 gap-3">
          {text("currency", "Currency", {
            placeholder: "USD",
            disabled: isCurrencyFixed,
            hint: isCurrencyFixed ? "Fixed: the program has cost items" : undefined,
          })}
          {text("startsOn", "Starts", { placeholder: "2026-01-01" })}
          {text("endsOn", "Ends", { placeholder: "2026-12-31" })}
        </div>
        {text("description", "Description")}
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={close}
          submitLabel={program ? "Save program" : "Create program"}
          pendingLabel={program ? "Saving…" : "Creating…"}
          isPending={create.isPending || update.isPending}
        />
      </form>
    </Dialog>
  );
}
