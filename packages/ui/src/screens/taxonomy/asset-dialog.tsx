import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ASSET_KIND_LABELS, ASSET_KINDS, type TAssetView } from "@xroi/validators";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, NativeSelect, Textarea } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { applyServerErrors } from "../../forms/trpc-errors";
import { linesError } from "../../lib/lines";
import { useTRPC } from "../../trpc";
import {
  ASSET_FORM_FIELDS,
  activityIdError,
  assetFormValues,
  ZAssetFormSchema,
  type TAssetFormOutput,
  type TAssetFormValues,
} from "./asset-form";

type TTextField = Exclude<(typeof ASSET_FORM_FIELDS)[number], "kind" | "activityIds">;

/** Create (asset undefined) or edit a learning asset's own fields; its tags change elsewhere. */
export function AssetDialog({
  asset,
  open,
  onClose,
  onSaved,
}: {
  asset?: TAssetView;
  open: boolean;
  onClose: () => void;
  onSaved: (asset: TAssetView, isNew: boolean) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const form = useForm<TAssetFormValues, unknown, TAssetFormOutput>({
    resolver: zodResolver(ZAssetFormSchema),
    values: assetFormValues(asset),
  });
  const close = () => {
    form.reset();
    setFormError(undefined);
    onClose();
  };
  const onSuccess = (saved: TAssetView) => {
    void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
    onSaved(saved, !asset);
    close();
  };
  const onError = (error: unknown) => {
    const fieldErrors = (error as { data?: { fieldErrors?: Record<string, string> } }).data
      ?.fieldErrors;
    const lineError = activityIdError(fieldErrors);
    if (lineError) return form.setError("activityIds", { type: "server", message: lineError });
    setFormError(applyServerErrors(error, ASSET_FORM_FIELDS, form.setError));
  };
  const create = useMutation(trpc.taxonomy.createAsset.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.taxonomy.updateAsset.mutationOptions({ onSuccess, onError }));
  const errors = form.formState.errors;
  const text = (
    name: TTextField,
    label: string,
    props: Record<string, unknown> = {},
    hint?: string,
  ) => (
    <Field id={`asset-${name}`} label={label} error={errors[name]?.message} hint={hint}>
      <Input
        {...fieldAria(`asset-${name}`, errors[name]?.message)}
        {...props}
        {...form.register(name)}
      />
    </Field>
  );
  const activityError = linesError(errors.activityIds);

  return (
    <Dialog
      wide
      open={open}
      onOpenChange={(next) => !next && close()}
      title={asset ? `Edit “${asset.title}”` : "New learning asset"}
      description="A course, webinar, task or other thing people learn from. Statements map to it by its xAPI activity ids."
    >
      <form
        noValidate
        className="grid max-h-[72vh] gap-4 overflow-y-auto px-0.5 pr-1"
        onSubmit={form.handleSubmit((values) => {
          setFormError(undefined);
          if (asset) update.mutate({ ...values, id: asset.id });
          else create.mutate(values);
        })}
      >
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_11rem]">
          {text("title", "Title", { autoFocus: true })}
          <Field id="asset-kind" label="Kind" error={errors.kind?.message}>
            <NativeSelect
              {...fieldAria("asset-kind", errors.kind?.message)}
              {...form.register("kind")}
            >
              {ASSET_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ASSET_KIND_LABELS[kind]}
                </option>
              ))}
            </NativeSelect>
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          {text("owner", "Owner", { placeholder: "Team or vendor" })}
          {text("format", "Format", { placeholder: "e.g. SCORM, video, live" })}
          {text("durationMinutes", "Duration (minutes)", { inputMode: "numeric" })}
        </div>
        <div className="grid gap-4 sm:grid-cols-[10rem_minmax(0,1fr)]">
          {text("language", "Language", { placeholder: "en" })}
          {text("regions", "Regions", { placeholder: "EU, North America" }, "Comma-separated.")}
        </div>
        <Field id="asset-description" label="Description" error={errors.description?.message}>
          <Textarea
            rows={3}
            {...fieldAria("asset-description", errors.description?.message)}
            {...form.register("description")}
          />
        </Field>
        <Field
          id="asset-activity-ids"
          label="xAPI activity ids"
          hint="One per line, e.g. https://lms.example.com/course/42. Each id belongs to one asset."
          error={activityError}
        >
          <Textarea
            rows={3}
            className="font-mono text-xs"
            {...fieldAria("asset-activity-ids", activityError)}
            {...form.register("activityIds")}
          />
        </Field>
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={close}
          submitLabel={asset ? "Save changes" : "Create asset"}
          pendingLabel="Saving…"
          isPending={create.isPending || update.isPending}
        />
      </form>
    </Dialog>
  );
}
