import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TAG_VOCABULARY_LABELS, ZTagFieldsSchema, type TTag } from "@xroi/validators";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, Textarea } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { applyServerErrors } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";

type TValues = z.input<typeof ZTagFieldsSchema>;
type TVocabulary = TTag["vocabulary"];
const FIELDS = ["label", "description"] as const;

/** Create a tag in a vocabulary (tag undefined), or rename one: assets keep it either way. */
export function TagDialog({
  open,
  vocabulary,
  tag,
  onClose,
  onSaved,
}: {
  open: boolean;
  vocabulary: TVocabulary;
  tag?: TTag;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TValues, unknown, z.output<typeof ZTagFieldsSchema>>({
    resolver: zodResolver(ZTagFieldsSchema),
    values: { vocabulary, label: tag?.label ?? "", description: tag?.description ?? "" },
  });
  const close = () => {
    form.reset();
    setFormError(undefined);
    onClose();
  };
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
    const label = form.getValues("label").trim();
    onSaved(tag ? `Renamed “${tag.label}” to “${label}”.` : `Created “${label}”.`);
    close();
  };
  const onError = (error: unknown) => setFormError(applyServerErrors(error, FIELDS, form.setError));
  const create = useMutation(trpc.taxonomy.createTag.mutationOptions({ onSuccess, onError }));
  const rename = useMutation(trpc.taxonomy.renameTag.mutationOptions({ onSuccess, onError }));
  const errors = form.formState.errors;
  const group = TAG_VOCABULARY_LABELS[vocabulary].toLowerCase();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && close()}
      title={tag ? `Rename “${tag.label}”` : `New tag in ${group}`}
      description={
        tag
          ? `The ${tag.assetCount} asset${tag.assetCount === 1 ? "" : "s"} with this tag keep it under its new name.`
          : "Labels are unique in their vocabulary, whatever their case."
      }
    >
      <form
        noValidate
        className="grid gap-4"
        onSubmit={form.handleSubmit((values) => {
          setFormError(undefined);
          if (tag)
            rename.mutate({ id: tag.id, label: values.label, description: values.description });
          else create.mutate(values);
        })}
      >
        <Field id="tag-label" label="Label" error={errors.label?.message}>
          <Input
            autoFocus
            {...fieldAria("tag-label", errors.label?.message)}
            {...form.register("label")}
          />
        </Field>
        <Field id="tag-description" label="Description" error={errors.description?.message}>
          <Textarea
            rows={3}
            {...fieldAria("tag-description", errors.description?.message)}
            {...form.register("description")}
          />
        </Field>
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={close}
          submitLabel={tag ? "Rename tag" : "Create tag"}
          pendingLabel="Saving…"
          isPending={create.isPending || rename.isPending}
        />
      </form>
    </Dialog>
  );
}
