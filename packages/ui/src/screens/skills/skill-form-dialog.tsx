import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ZSkillFieldsSchema, type TSkill } from "@xroi/validators";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormActions, Notice } from "../../components/notice";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, Textarea } from "../../components/input";
import { applyServerErrors } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

type TFormValues = z.input<typeof ZSkillFieldsSchema>;
const FIELDS = ["name", "description", "category"] as const;

/** Create (skill undefined) or edit a skill. Errors show beside their field, from the browser or the server. */
export function SkillFormDialog({
  open,
  onOpenChange,
  skill,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  skill?: TSkill;
  onSaved: (skill: TSkill) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TFormValues, unknown, z.output<typeof ZSkillFieldsSchema>>({
    resolver: zodResolver(ZSkillFieldsSchema),
    values: {
      name: skill?.name ?? "",
      description: skill?.description ?? "",
      category: skill?.category ?? "",
    },
  });
  // Closing always forgets what was typed, so the next "New skill" starts empty.
  const close = () => {
    form.reset();
    setFormError(undefined);
    onOpenChange(false);
  };
  const onDone = (saved: TSkill) => {
    void queryClient.invalidateQueries({ queryKey: trpc.skills.pathKey() });
    onSaved(saved);
    close();
  };
  const onError = (error: unknown) => setFormError(applyServerErrors(error, FIELDS, form.setError));
  const create = useMutation(trpc.skills.create.mutationOptions({ onSuccess: onDone, onError }));
  const update = useMutation(trpc.skills.update.mutationOptions({ onSuccess: onDone, onError }));
  const isPending = create.isPending || update.isPending;
  const errors = form.formState.errors;

  const submit = form.handleSubmit((values) => {
    setFormError(undefined);
    if (skill) update.mutate({ ...values, id: skill.id });
    else create.mutate(values);
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={skill ? `Edit “${skill.name}”` : "New skill"}
      description="A skill people can learn. Names are unique, whatever their case."
    >
      <form onSubmit={submit} noValidate className="grid gap-4">
        <Field id="skill-name" label="Name" error={errors.name?.message}>
          <Input
            {...fieldAria("skill-name", errors.name?.message)}
            autoFocus
            {...form.register("name")}
          />
        </Field>
        <Field
          id="skill-category"
          label="Category"
          hint="Optional, e.g. Engineering or Member services"
          error={errors.category?.message}
        >
          <Input
            {...fieldAria("skill-category", errors.category?.message)}
            {...form.register("category")}
          />
        </Field>
        <Field id="skill-description" label="Description" error={errors.description?.message}>
          <Textarea
            {...fieldAria("skill-description", errors.description?.message)}
            rows={4}
            {...form.register("description")}
          />
        </Field>
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={close}
          submitLabel={skill ? "Save changes" : "Create skill"}
          pendingLabel="Saving…"
          isPending={isPending}
        />
      </form>
    </Dialog>
  );
}
