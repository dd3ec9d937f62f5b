import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ZFrameworkCreateSchema, type TFramework } from "@xroi/validators";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, Textarea } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { applyServerErrors } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

type TValues = z.input<typeof ZFrameworkCreateSchema>;
const FIELDS = ["name", "description", "levels"] as const;

/** The usual five-step scale; people edit it before saving. */
export const DEFAULT_LEVELS = [
  { level: 1, name: "Awareness", description: "Knows what it is and when it matters." },
  { level: 2, name: "Working", description: "Does it with guidance." },
  { level: 3, name: "Practitioner", description: "Does it alone, reliably." },
  { level: 4, name: "Advanced", description: "Handles the hard cases and coaches others." },
  { level: 5, name: "Expert", description: "Sets the standard others follow." },
];

/** Create (framework undefined) or edit a framework: its name and its proficiency scale. */
export function FrameworkDialog({
  open,
  onOpenChange,
  framework,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  framework?: TFramework;
  onSaved: (id: string, name: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TValues, unknown, z.output<typeof ZFrameworkCreateSchema>>({
    resolver: zodResolver(ZFrameworkCreateSchema),
    values: {
      name: framework?.name ?? "",
      description: framework?.description ?? "",
      levels: framework?.levels ?? DEFAULT_LEVELS,
    },
  });
  const levels = useFieldArray({ control: form.control, name: "levels" });
  const close = () => {
    form.reset();
    setFormError(undefined);
    onOpenChange(false);
  };
  const onSuccess = ({ id }: { id: string }) => {
    void queryClient.invalidateQueries({ queryKey: trpc.skills.pathKey() });
    onSaved(id, form.getValues("name"));
    close();
  };
  const onError = (error: unknown) => setFormError(applyServerErrors(error, FIELDS, form.setError));
  const create = useMutation(trpc.skills.createFramework.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.skills.updateFramework.mutationOptions({ onSuccess, onError }));
  const errors = form.formState.errors;
  const scaleError = errors.levels?.root?.message ?? errors.levels?.message;
  const addLevel = () => {
    const highest = Math.max(0, ...form.getValues("levels").map((l) => Number(l.level) || 0));
    levels.append({ level: highest + 1, name: "", description: "" });
  };

  return (
    <Dialog
      wide
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={framework ? `Edit “${framework.name}”` : "New framework"}
      description="A framework holds a tree of skills and the proficiency scale their behaviours and role targets use."
    >
      <form
        noValidate
        className="grid max-h-[70vh] gap-4 overflow-y-auto pr-1"
        onSubmit={form.handleSubmit((values) => {
          setFormError(undefined);
          if (framework) update.mutate({ ...values, id: framework.id });
          else create.mutate(values);
        })}
      >
        <Field id="framework-name" label="Name" error={errors.name?.message}>
          <Input
            autoFocus
            {...fieldAria("framework-name", errors.name?.message)}
            {...form.register("name")}
          />
        </Field>
        <Field id="framework-description" label="Description" error={errors.description?.message}>
          <Textarea
            rows={2}
            className="min-h-14"
            {...fieldAria("framework-description", errors.description?.message)}
            {...form.register("description")}
          />
        </Field>
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Proficiency scale</legend>
          <div className="grid grid-cols-[4.5rem_minmax(0,10rem)_minmax(0,1fr)_2.25rem] gap-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            <span>Level</span>
            <span>Name</span>
            <span>What it looks like</span>
          </div>
          {levels.fields.map((row, i) => {
            const e = errors.levels?.[i];
            const rowError = e?.level?.message ?? e?.name?.message ?? e?.description?.message;
            return (
              <div key={row.id} className="grid gap-1">
                <div className="grid grid-cols-[4.5rem_minmax(0,10rem)_minmax(0,1fr)_2.25rem] items-center gap-2">
                  <Input
                    type="number"
                    min={0}
                    max={10}
                    aria-label={`Level ${i + 1} number`}
                    aria-invalid={e?.level ? true : undefined}
                    {...form.register(`levels.${i}.level`, { valueAsNumber: true })}
                  />
                  <Input
                    aria-label={`Level ${i + 1} name`}
                    aria-invalid={e?.name ? true : undefined}
                    {...form.register(`levels.${i}.name`)}
                  />
                  <Input
                    aria-label={`Level ${i + 1} description`}
                    aria-invalid={e?.description ? true : undefined}
                    {...form.register(`levels.${i}.description`)}
                  />
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove level ${i + 1}`}
                    title="Remove this level"
                    onClick={() => levels.remove(i)}
                  >
                    ×
                  </Button>
                </div>
                {rowError ? (
                  <p role="alert" className="text-xs font-medium text-destructive">
                    Level {i + 1}: {rowError}
                  </p>
                ) : null}
              </div>
            );
          })}
          {scaleError ? (
            <p role="alert" className="text-xs font-medium text-destructive">
              Scale: {scaleError}
            </p>
          ) : null}
          <div>
            <Button type="button" variant="outline" size="sm" onClick={addLevel}>
              Add level
            </Button>
          </div>
        </fieldset>
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={close}
          submitLabel={framework ? "Save framework" : "Create framework"}
          pendingLabel="Saving…"
          isPending={create.isPending || update.isPending}
        />
      </form>
    </Dialog>
  );
}
