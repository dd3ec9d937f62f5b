import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  COST_CATEGORIES,
  COST_CATEGORY_LABELS,
  COST_PHASES,
  COST_RECURRENCES,
  COST_STATUSES,
  COST_UNITS,
  ZCostItemCreateSchema,
  type TCostItem,
} from "@xroi/validators";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, NativeSelect } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { applyServerErrors } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

type TValues = z.input<typeof ZCostItemCreateSchema>;
const FIELDS = [
  "component",
  "category",
  "phase",
  "unit",
  "rate",
  "volume",
  "currency",
  "recurrence",
  "startsOn",
  "endsOn",
  "status",
  "owner",
  "notes",
] as const;
const label = (value: string) => value.replace(/_/g, " ");

/** Add (item undefined) or edit one cost item; errors show beside the field they concern. */
export function CostItemDialog({
  open,
  onOpenChange,
  programId,
  currency,
  item,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  programId: string;
  currency: string;
  item?: TCostItem;
  onSaved: (item: TCostItem) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TValues, unknown, z.output<typeof ZCostItemCreateSchema>>({
    resolver: zodResolver(ZCostItemCreateSchema),
    values: {
      programId,
      component: item?.component ?? "",
      category: item?.category ?? "people",
      phase: item?.phase ?? "build",
      unit: item?.unit ?? "hour",
      rate: item?.rate ?? "",
      volume: item?.volume ?? "",
      currency: item?.currency ?? currency,
      recurrence: item?.recurrence ?? "one_time",
      startsOn: item?.startsOn ?? "",
      endsOn: item?.endsOn ?? "",
      status: item?.status ?? "planned",
      owner: item?.owner ?? "",
      notes: item?.notes ?? "",
      isOptional: item?.isOptional ?? false,
    },
  });
  // Closing always forgets what was typed, so the next "Add" starts from the defaults.
  const close = () => {
    form.reset();
    setFormError(undefined);
    onOpenChange(false);
  };
  const onSuccess = (saved: TCostItem) => {
    void queryClient.invalidateQueries({ queryKey: trpc.ledger.pathKey() });
    onSaved(saved);
    close();
  };
  const onError = (error: unknown) => setFormError(applyServerErrors(error, FIELDS, form.setError));
  const create = useMutation(trpc.ledger.createItem.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.ledger.updateItem.mutationOptions({ onSuccess, onError }));
  const errors = form.formState.errors;
  const text = (
    name: (typeof FIELDS)[number],
    title: string,
    props: Record<string, unknown> = {},
  ) => (
    <Field id={`item-${name}`} label={title} error={errors[name]?.message}>
      <Input
        {...fieldAria(`item-${name}`, errors[name]?.message)}
        {...props}
        {...form.register(name)}
      />
    </Field>
  );
  const select = (
    name: (typeof FIELDS)[number],
    title: string,
    options: readonly string[],
    names: Record<string, string> = {},
  ) => (
    <Field id={`item-${name}`} label={title} error={errors[name]?.message}>
      <NativeSelect {...fieldAria(`item-${name}`, errors[name]?.message)} {...form.register(name)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {names[o] ?? label(o)}
          </option>
        ))}
      </NativeSelect>
    </Field>
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={item ? `Edit “${item.component}”` : "Add a cost item"}
      description="Amounts are rate × volume, exact to the cent. A recurring item's volume is per month or year."
    >
      <form
        noValidate
        className="grid max-h-[70vh] gap-3 overflow-y-auto pr-1"
        onSubmit={form.handleSubmit((values) => {
          setFormError(undefined);
          const { programId: _p, ...fields } = values;
          if (item) update.mutate({ ...fields, id: item.id });
          else create.mutate(values);
        })}
      >
        {text("component", "Component")}
        <div className="grid grid-cols-2 gap-3">
          {select("category", "Category", COST_CATEGORIES, COST_CATEGORY_LABELS)}
          {select("phase", "Phase", COST_PHASES)}
          {text("rate", `Rate per unit (${currency})`, { inputMode: "decimal" })}
          {select("unit", "Unit", COST_UNITS)}
          {text("volume", "Volume", { inputMode: "decimal" })}
          {text("currency", "Currency")}
          {select("recurrence", "Recurrence", COST_RECURRENCES)}
          {select("status", "Planned or actual", COST_STATUSES)}
          {text("startsOn", "Date or start (YYYY-MM-DD)", { placeholder: "2026-01-01" })}
          {text("endsOn", "End, if recurring", { placeholder: "optional" })}
        </div>
        {text("owner", "Vendor or owner")}
        {text("notes", "Notes")}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("isOptional")} /> Optional (“if needed”)
        </label>
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={close}
          submitLabel={item ? "Save changes" : "Add item"}
          pendingLabel="Saving…"
          isPending={create.isPending || update.isPending}
        />
      </form>
    </Dialog>
  );
}
