import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TSkill } from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { Field } from "../../components/field";
import { NativeSelect } from "../../components/input";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { SkillPicker } from "../skills/skill-picker";
import { Chip, TagSelect } from "./tag-select";

type TAddSkill = { skill: TSkill; targetLevel: number | null };

/** Add and remove tags and skills on every selected asset at once, in one change. */
export function BulkTagDialog({
  assetIds,
  open,
  onClose,
  onDone,
}: {
  assetIds: string[];
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tags = useQuery({ ...trpc.taxonomy.tags.queryOptions({}), enabled: open });
  const frameworks = useQuery({ ...trpc.skills.frameworks.queryOptions(), enabled: open });
  const [addTagIds, setAddTagIds] = useState<string[]>([]);
  const [removeTagIds, setRemoveTagIds] = useState<string[]>([]);
  const [addSkills, setAddSkills] = useState<TAddSkill[]>([]);
  const [removeSkills, setRemoveSkills] = useState<TSkill[]>([]);
  const close = () => {
    setAddTagIds([]);
    setRemoveTagIds([]);
    setAddSkills([]);
    setRemoveSkills([]);
    bulk.reset();
    onClose();
  };
  const bulk = useMutation(
    trpc.taxonomy.bulkTag.mutationOptions({
      onSuccess: ({ assets }) => {
        void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
        onDone(`Tagged ${assets} asset${assets === 1 ? "" : "s"}.`);
        close();
      },
    }),
  );
  const levelsOf = (skill: TSkill) =>
    frameworks.data?.find((f) => f.id === skill.frameworkId)?.levels ?? [];
  const changes = addTagIds.length + removeTagIds.length + addSkills.length + removeSkills.length;
  const allTags = tags.data ?? [];
  const n = assetIds.length;

  return (
    <Dialog
      wide
      open={open}
      onOpenChange={(next) => !next && close()}
      title={`Tag ${n} selected asset${n === 1 ? "" : "s"}`}
      description="What you add goes onto every selected asset; what you remove comes off all of them. Tags they already have stay."
    >
      <div className="grid max-h-[65vh] gap-6 overflow-y-auto px-0.5 pr-1 sm:grid-cols-2">
        <section aria-labelledby="bulk-add" className="grid content-start gap-4">
          <h3 id="bulk-add" className="text-sm font-semibold">
            Add
          </h3>
          <Field
            id="bulk-add-tag"
            label="Add a tag"
            hint="Goals, outcomes, topics, regions, audiences."
          >
            <TagSelect
              id="bulk-add-tag"
              tags={allTags}
              chosen={addTagIds}
              onChange={setAddTagIds}
              placeholder="Choose a tag to add…"
              undoLabel="Don't add"
            />
          </Field>
          <Field id="bulk-add-skill" label="Add a skill">
            <SkillPicker
              id="bulk-add-skill"
              kind="skill"
              placeholder="Search skills to add"
              excludeIds={addSkills.map((s) => s.skill.id)}
              onPick={(skill) => setAddSkills([...addSkills, { skill, targetLevel: null }])}
            />
          </Field>
          {addSkills.length > 0 ? (
            <ul aria-label="Skills to add" className="grid gap-2">
              {addSkills.map(({ skill, targetLevel }, i) => (
                <li
                  key={skill.id}
                  className="grid grid-cols-[minmax(0,1fr)_9rem_auto] items-center gap-2 text-sm"
                >
                  <span className="truncate font-medium" title={skill.path.join(" › ")}>
                    {skill.name}
                  </span>
                  <NativeSelect
                    aria-label={`Target level for ${skill.name}`}
                    className="h-8 py-1 text-xs"
                    value={targetLevel ?? ""}
                    onChange={(e) => {
                      const next = [...addSkills];
                      next[i] = {
                        skill,
                        targetLevel: e.target.value === "" ? null : Number(e.target.value),
                      };
                      setAddSkills(next);
                    }}
                  >
                    <option value="">No target level</option>
                    {levelsOf(skill).map((l) => (
                      <option key={l.level} value={l.level}>
                        {l.level} · {l.name}
                      </option>
                    ))}
                  </NativeSelect>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Don't add ${skill.name}`}
                    onClick={() => setAddSkills(addSkills.filter((s) => s.skill.id !== skill.id))}
                  >
                    ×
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <section aria-labelledby="bulk-remove" className="grid content-start gap-4">
          <h3 id="bulk-remove" className="text-sm font-semibold">
            Remove
          </h3>
          <Field id="bulk-remove-tag" label="Remove a tag">
            <TagSelect
              id="bulk-remove-tag"
              tags={allTags}
              chosen={removeTagIds}
              onChange={setRemoveTagIds}
              placeholder="Choose a tag to remove…"
              undoLabel="Don't remove"
            />
          </Field>
          <Field id="bulk-remove-skill" label="Remove a skill">
            <SkillPicker
              id="bulk-remove-skill"
              kind="skill"
              placeholder="Search skills to remove"
              excludeIds={removeSkills.map((s) => s.id)}
              onPick={(skill) => setRemoveSkills([...removeSkills, skill])}
            />
          </Field>
          {removeSkills.length > 0 ? (
            <ul aria-label="Skills to remove" className="flex flex-wrap gap-1.5">
              {removeSkills.map((skill) => (
                <li key={skill.id}>
                  <Chip
                    label={skill.name}
                    removeLabel={`Don't remove ${skill.name}`}
                    onRemove={() => setRemoveSkills(removeSkills.filter((s) => s.id !== skill.id))}
                  />
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>
      <Notice tone="error">{bulk.error ? errorMessage(bulk.error) : undefined}</Notice>
      <div className="flex items-center justify-end gap-2">
        <Button variant="outline" onClick={close}>
          Cancel
        </Button>
        <Button
          disabled={changes === 0 || bulk.isPending}
          onClick={() =>
            bulk.mutate({
              assetIds,
              addTagIds,
              removeTagIds,
              addSkills: addSkills.map((s) => ({
                skillId: s.skill.id,
                targetLevel: s.targetLevel,
              })),
              removeSkillIds: removeSkills.map((s) => s.id),
            })
          }
        >
          {bulk.isPending ? "Tagging…" : `Apply to ${n} asset${n === 1 ? "" : "s"}`}
        </Button>
      </div>
    </Dialog>
  );
}
