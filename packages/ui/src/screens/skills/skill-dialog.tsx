import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TFramework, TSkillDetail } from "@xroi/validators";
import { useState } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { Field, fieldAria } from "../../components/field";
import { Input, NativeSelect, Textarea } from "../../components/input";
import { FormActions, Notice } from "../../components/notice";
import { applyServerErrors } from "../../forms/trpc-errors";
import { linesError } from "../../lib/lines";
import { useTRPC } from "../../trpc";
import { BehavioursEditor } from "./behaviours-editor";
import {
  SKILL_FORM_FIELDS,
  skillFormValues,
  ZSkillFormSchema,
  type TSkillFormOutput,
  type TSkillFormValues,
} from "./skill-form";
import { SkillPicker } from "./skill-picker";

export type TSkillDraft = { kind: "group" | "skill"; parent: { id: string; label: string } | null };

/** Create a skill or group (a draft says which, and where) or edit one, with its behaviours. */
export function SkillDialog({
  framework,
  skill,
  draft,
  onClose,
  onSaved,
}: {
  framework: TFramework;
  skill?: TSkillDetail;
  draft?: TSkillDraft;
  onClose: () => void;
  onSaved: (skill: TSkillDetail, isNew: boolean) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const isOpen = !!skill || !!draft;
  const [formError, setFormError] = useState<string>();
  const [parentLabel, setParentLabel] = useState<string | null>();
  const form = useForm<TSkillFormValues, unknown, TSkillFormOutput>({
    resolver: zodResolver(ZSkillFormSchema),
    values: skillFormValues(skill, {
      kind: draft?.kind ?? "skill",
      parentId: draft?.parent?.id ?? null,
    }),
  });
  const close = () => {
    form.reset();
    setFormError(undefined);
    setParentLabel(undefined);
    onClose();
  };
  const onSuccess = (saved: TSkillDetail) => {
    void queryClient.invalidateQueries({ queryKey: trpc.skills.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
    onSaved(saved, !skill);
    close();
  };
  const onError = (error: unknown) => {
    const rows = form.getValues("behaviours") ?? [];
    const fields: Path<TSkillFormValues>[] = [
      ...SKILL_FORM_FIELDS,
      ...rows.flatMap((_, i) => [`behaviours.${i}.level`, `behaviours.${i}.text`] as const),
    ];
    setFormError(applyServerErrors(error, fields, form.setError));
  };
  const create = useMutation(trpc.skills.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.skills.update.mutationOptions({ onSuccess, onError }));
  const errors = form.formState.errors;
  const kind = useWatch({ control: form.control, name: "kind" });
  const parentId = useWatch({ control: form.control, name: "parentId" });
  const shownParent =
    parentLabel !== undefined
      ? parentLabel
      : skill
        ? skill.path.join(" › ") || null
        : (draft?.parent?.label ?? null);
  const noun = kind === "group" ? "group" : "skill";

  return (
    <Dialog
      wide
      open={isOpen}
      onOpenChange={(open) => !open && close()}
      title={skill ? `Edit “${skill.name}”` : `New ${noun} in ${framework.name}`}
      description="Names are unique within their group, whatever their case. Behaviours use the framework's scale."
    >
      <form
        noValidate
        className="grid max-h-[72vh] gap-4 overflow-y-auto px-0.5 pr-1"
        onSubmit={form.handleSubmit((values) => {
          setFormError(undefined);
          if (skill) update.mutate({ ...values, id: skill.id });
          else create.mutate({ ...values, frameworkId: framework.id });
        })}
      >
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_10rem]">
          <Field id="skill-name" label="Name" error={errors.name?.message}>
            <Input
              autoFocus
              {...fieldAria("skill-name", errors.name?.message)}
              {...form.register("name")}
            />
          </Field>
          <Field id="skill-kind" label="Kind" error={errors.kind?.message}>
            <NativeSelect
              {...fieldAria("skill-kind", errors.kind?.message)}
              {...form.register("kind")}
            >
              <option value="skill">Skill</option>
              <option value="group">Group</option>
            </NativeSelect>
          </Field>
        </div>
        <Field
          id="skill-uri"
          label="URI or code"
          hint="Optional: the ESCO URI or your own code, unique in the framework."
          error={errors.uri?.message}
        >
          <Input {...fieldAria("skill-uri", errors.uri?.message)} {...form.register("uri")} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="skill-alt-labels"
            label="Alternative labels"
            hint="One per line; search finds these too."
            error={linesError(errors.altLabels)}
          >
            <Textarea
              rows={3}
              {...fieldAria("skill-alt-labels", linesError(errors.altLabels))}
              {...form.register("altLabels")}
            />
          </Field>
          <Field id="skill-description" label="Description" error={errors.description?.message}>
            <Textarea
              rows={3}
              {...fieldAria("skill-description", errors.description?.message)}
              {...form.register("description")}
            />
          </Field>
        </div>
        <Field
          id="skill-parent"
          label="Parent"
          hint={
            kind === "group"
              ? "A group sits at the top or in another group."
              : "A group, or a broader skill (as ESCO relates narrower skills)."
          }
          error={errors.parentId?.message}
        >
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium">
              {parentId ? shownParent || "Another item" : "Top level"}
            </span>
            {parentId ? (
              <Button
                type="button"
                variant="link"
                size="sm"
                className="h-auto px-0"
                onClick={() => {
                  form.setValue("parentId", null, { shouldDirty: true });
                  setParentLabel(null);
                }}
              >
                Move to top level
              </Button>
            ) : null}
          </p>
          <SkillPicker
            id="skill-parent"
            frameworkId={framework.id}
            kind={kind === "group" ? "group" : undefined}
            placeholder={
              kind === "group" ? "Search groups to move it into" : "Search groups or skills"
            }
            excludeIds={skill ? [skill.id] : []}
            invalid={!!errors.parentId}
            describedBy={errors.parentId ? "skill-parent-error" : undefined}
            onPick={(group) => {
              form.setValue("parentId", group.id, { shouldDirty: true });
              setParentLabel([...group.path, group.name].join(" › "));
            }}
          />
        </Field>
        <BehavioursEditor form={form} levels={framework.levels} />
        <Notice tone="error">{formError}</Notice>
        <FormActions
          onCancel={close}
          submitLabel={skill ? "Save changes" : `Create ${noun}`}
          pendingLabel="Saving…"
          isPending={create.isPending || update.isPending}
        />
      </form>
    </Dialog>
  );
}
