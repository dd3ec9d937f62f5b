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
import { defaultLevel } from "./matrix";
import type { TRole } from "./role-dialog";

/** Add a required skill to a role: find the skill, choose its target level, essential or optional. */
export function RequireSkillDialog({
  open,
  roles,
  onClose,
  onSaved,
}: {
  open: boolean;
  roles: TRole[];
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const frameworks = useQuery({ ...trpc.skills.frameworks.queryOptions(), enabled: open });
  const [roleId, setRoleId] = useState("");
  const [skill, setSkill] = useState<TSkill>();
  const [level, setLevel] = useState<number>();
  const [isEssential, setIsEssential] = useState(true);
  const levels = frameworks.data?.find((f) => f.id === skill?.frameworkId)?.levels ?? [];
  const role = roles.find((r) => r.id === roleId) ?? roles[0];
  const close = () => {
    setSkill(undefined);
    setLevel(undefined);
    setIsEssential(true);
    save.reset();
    onClose();
  };
  const save = useMutation(
    trpc.taxonomy.setRoleSkill.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
        onSaved(`“${role?.name}” now requires “${skill?.name}”.`);
        close();
      },
    }),
  );
  const chosenLevel = level ?? defaultLevel(levels.map((l) => l.level));
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && close()}
      title="Add a required skill"
      description="The level a person in the role should reach, on the skill's framework scale."
    >
      <div className="grid gap-4">
        <Field id="require-role" label="Role">
          <NativeSelect
            id="require-role"
            value={role?.id ?? ""}
            onChange={(e) => setRoleId(e.target.value)}
          >
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="require-skill" label="Skill">
          {skill ? (
            <p className="flex items-center justify-between gap-2 rounded-md border border-border px-3 py-2 text-sm">
              <span>
                <span className="font-medium">{skill.name}</span>
                {skill.path.length > 0 ? (
                  <span className="block text-xs text-muted-foreground">
                    {skill.path.join(" › ")}
                  </span>
                ) : null}
              </span>
              <Button variant="link" size="sm" onClick={() => setSkill(undefined)}>
                Change
              </Button>
            </p>
          ) : (
            <SkillPicker
              id="require-skill"
              kind="skill"
              placeholder="Search skills in every framework"
              onPick={(s) => {
                setSkill(s);
                setLevel(undefined);
              }}
            />
          )}
        </Field>
        <Field id="require-level" label="Target level">
          <NativeSelect
            id="require-level"
            disabled={!skill}
            value={chosenLevel ?? ""}
            onChange={(e) => setLevel(Number(e.target.value))}
          >
            {levels.map((l) => (
              <option key={l.level} value={l.level}>
                {l.level} · {l.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={isEssential}
            onChange={(e) => setIsEssential(e.target.checked)}
          />
          Essential for the role (unchecked: optional)
        </label>
        <Notice tone="error">{save.error ? errorMessage(save.error) : undefined}</Notice>
        <div className="flex justify-end gap-2">
          <Button variant="outline" onClick={close}>
            Cancel
          </Button>
          <Button
            disabled={!skill || !role || chosenLevel === undefined || save.isPending}
            onClick={() =>
              skill &&
              role &&
              chosenLevel !== undefined &&
              save.mutate({
                roleId: role.id,
                skillId: skill.id,
                targetLevel: chosenLevel,
                isEssential,
              })
            }
          >
            {save.isPending ? "Saving…" : "Add requirement"}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
