import { ZSkillFieldsSchema, type TSkillDetail } from "@xroi/validators";
import { z } from "zod";
import { splitLines } from "../../lib/lines";

/** The skill form: the API's fields, with alternative labels typed one per line. */
export const ZSkillFormSchema = ZSkillFieldsSchema.extend({
  altLabels: z.string().transform(splitLines).pipe(ZSkillFieldsSchema.shape.altLabels.unwrap()),
});
export type TSkillFormValues = z.input<typeof ZSkillFormSchema>;
export type TSkillFormOutput = z.output<typeof ZSkillFormSchema>;

export const SKILL_FORM_FIELDS = [
  "name",
  "kind",
  "uri",
  "altLabels",
  "description",
  "parentId",
  "behaviours",
] as const;

/** What the form starts from: the skill being edited, or an empty one of a kind under a parent. */
export function skillFormValues(
  skill: TSkillDetail | undefined,
  defaults: { kind: "group" | "skill"; parentId: string | null },
): TSkillFormValues {
  return {
    name: skill?.name ?? "",
    kind: skill?.kind ?? defaults.kind,
    uri: skill?.uri ?? "",
    altLabels: skill?.altLabels.join("\n") ?? "",
    description: skill?.description ?? "",
    parentId: skill ? skill.parentId : defaults.parentId,
    behaviours: skill?.behaviours ?? [],
  };
}
