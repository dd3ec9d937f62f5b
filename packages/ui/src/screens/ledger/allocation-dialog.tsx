import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ALLOCATION_BASES, ALLOCATION_BASIS_LABELS } from "@xroi/validators";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, NativeSelect } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { applyServerErrors } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import {
  blankTarget,
  WEIGHT_LABEL,
  ZAllocationFormSchema,
  type TAllocationFormValues,
} from "./allocation-form";
import { AllocationTargetRow } from "./allocation-target-row";
import { fillFromLrs } from "./fill-from-lrs";

/** What the dialog edits: an allocation as the router lists it, minus computed amounts. */
export type TAllocationDraft = {
  id: string;
  name: string;
  basis: (typeof ALLOCATION_BASES)[number];
  window: { from: string; to: string } | null;
  withOptional: boolean;
  targets: Array<{
    label: string;
    kind: "asset" | "cohort";
    assetId: string | null;
    weight: string;
    learners: number | null;
    completions: number | null;
    outcomes: number | null;
    outcomeLabel: string;
  }>;
};

/** Create or edit an allocation: a name, a basis, an optional window and the assets or cohorts it splits to. */
export function AllocationDialog({
  open,
  onOpenChange,
  programId,
  allocation,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  programId: string;
  allocation?: TAllocationDraft;
  onSaved: (name: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TAllocationFormValues, unknown, z.output<typeof ZAllocationFormSchema>>({
    resolver: zodResolver(ZAllocationFormSchema),
    values: {
      id: allocation?.id,
      programId,
      name: allocation?.name ?? "",
      basis: allocation?.basis ?? "shares",
      windowFrom: allocation?.window?.from ?? "",
      windowTo: allocation?.window?.to ?? "",
      withOptional: allocation?.withOptional ?? true,
      targets: allocation?.targets.map((t) => ({ ...t })) ?? [blankTarget(), blankTarget()],
    },
  });
  const targets = useFieldArray({ control: form.control, name: "targets" });
  const close = () => {
    form.reset();
    setFormError(undefined);
    setLrsNote(undefined);
    onOpenChange(false);
  };
  const save = useMutation(
    trpc.ledger.saveAllocation.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.ledger.allocations.pathKey() });
        onSaved(form.getValues("name"));
        close();
      },
      onError: (error) => {
        const paths = [
          "name",
          "basis",
          "targets",
          ...targets.fields.flatMap((_, i) =>
            ["label", "kind", "weight", "learners", "completions", "outcomes"].map(
              (f) => `targets.${i}.${f}`,
            ),
          ),
        ];
        setFormError(applyServerErrors(error, paths as never, form.setError));
      },
    }),
  );
  const errors = form.formState.errors;
  const basis = useWatch({ control: form.control, name: "basis" });
  const [lrsNote, setLrsNote] = useState<{ tone: "ok" | "error"; text: string }>();
  const [isFilling, setIsFilling] = useState(false);
  // Learners and learner-hours from the LRS, for rows linked to learning assets.
  const takeFromLrs = async () => {
    const values = form.getValues();
    const assetIds = [
      ...new Set(values.targets.flatMap((t) => (t.assetId ? [String(t.assetId)] : []))),
    ];
    if (assetIds.length === 0) {
      setLrsNote({
        tone: "error",
        text: "Link a row to a learning asset first: the LRS knows assets by their xAPI activity ids.",
      });
      return;
    }
    setIsFilling(true);
    try {
      const window =
        values.windowFrom && values.windowTo
          ? { from: values.windowFrom, to: values.windowTo }
          : null;
      const figures = await queryClient.fetchQuery(
        trpc.ledger.lrsFigures.queryOptions({ programId, assetIds, window }, { staleTime: 0 }),
      );
      const { updates, summary } = fillFromLrs(values, figures);
      for (const u of updates)
        form.setValue(`targets.${u.index}.${u.field}`, u.value as never, { shouldDirty: true });
      setLrsNote({ tone: "ok", text: summary });
    } catch (error) {
      setLrsNote({ tone: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setIsFilling(false);
    }
  };
  return (
    <Dialog
      wide
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={allocation ? `Edit “${allocation.name}”` : "New allocation"}
      description="Split the program's cost to assets or cohorts. The parts always add up to the total, to the cent."
    >
      <form
        noValidate
        className="grid max-h-[70vh] gap-3 overflow-y-auto pr-1"
        onSubmit={form.handleSubmit((values) => {
          setFormError(undefined);
          const { windowFrom, windowTo, ...rest } = values;
          save.mutate({
            ...rest,
            window: windowFrom || windowTo ? { from: windowFrom, to: windowTo } : null,
          });
        })}
      >
        <div className="grid grid-cols-2 gap-3">
          <Field id="allocation-name" label="Name" error={errors.name?.message}>
            <Input
              {...fieldAria("allocation-name", errors.name?.message)}
              {...form.register("name")}
            />
          </Field>
          <Field id="allocation-basis" label="Split by" error={errors.basis?.message}>
            <NativeSelect
              {...fieldAria("allocation-basis", errors.basis?.message)}
              {...form.register("basis")}
            >
              {ALLOCATION_BASES.map((b) => (
                <option key={b} value={b}>
                  {ALLOCATION_BASIS_LABELS[b]}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field
            id="allocation-from"
            label="Window from (empty: the program's period)"
            error={errors.windowFrom?.message}
          >
            <Input
              placeholder="2026-01-01"
              {...fieldAria("allocation-from", errors.windowFrom?.message)}
              {...form.register("windowFrom")}
            />
          </Field>
          <Field id="allocation-to" label="Window to" error={errors.windowTo?.message}>
            <Input
              placeholder="2026-12-31"
              {...fieldAria("allocation-to", errors.windowTo?.message)}
              {...form.register("windowTo")}
            />
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("withOptional")} /> Include optional (“if
          needed”) items
        </label>
        <div className="grid gap-2" role="group" aria-label="Assets and cohorts">
          <div className="grid grid-cols-[2fr_1fr_1fr_1fr_1fr_1fr_auto] gap-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            <span>Asset or cohort</span>
            <span>{WEIGHT_LABEL[basis]}</span>
            <span>Kind</span>
            <span>{basis === "learner_count" ? "" : "Learners"}</span>
            <span>Completions</span>
            <span>Outcomes</span>
            <span className="sr-only">Remove</span>
          </div>
          {targets.fields.map((field, i) => (
            <AllocationTargetRow
              key={field.id}
              form={form}
              index={i}
              basis={basis}
              canRemove={targets.fields.length > 1}
              onRemove={() => targets.remove(i)}
            />
          ))}
          {errors.targets?.message || errors.targets?.root?.message ? (
            <p role="alert" className="text-xs font-medium text-destructive">
              {errors.targets?.message ?? errors.targets?.root?.message}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => targets.append(blankTarget())}
            >
              Add a row
            </Button>
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={isFilling}
              onClick={() => void takeFromLrs()}
            >
              {isFilling ? "Asking the LRS…" : "Take learners and hours from the LRS"}
            </Button>
          </div>
          <Notice tone={lrsNote?.tone ?? "ok"}>{lrsNote?.text}</Notice>
        </div>
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={close}
          submitLabel={allocation ? "Save allocation" : "Create allocation"}
          pendingLabel="Saving…"
          isPending={save.isPending}
        />
      </form>
    </Dialog>
  );
}
