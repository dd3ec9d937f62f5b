import type { TFramework } from "@xroi/validators";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "../../components/button";
import { Input, NativeSelect } from "../../components/input";
import type { TSkillFormOutput, TSkillFormValues } from "./skill-form";

/** Observable behaviours per proficiency level: rows of a level from the framework's scale and a text. */
export function BehavioursEditor({
  form,
  levels,
}: {
  form: UseFormReturn<TSkillFormValues, unknown, TSkillFormOutput>;
  levels: TFramework["levels"];
}) {
  const rows = useFieldArray({ control: form.control, name: "behaviours" });
  const reg = form.register;
  const rowErrors = form.formState.errors.behaviours;
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">Behaviours per level</legend>
      {rows.fields.length === 0 ? (
        <p className="text-xs text-muted-foreground">
          What someone at each level does, e.g. “Explains a quote's Incoterms to a member”.
        </p>
      ) : null}
      {rows.fields.map((row, i) => {
        const e = rowErrors?.[i];
        const message = e?.level?.message ?? e?.text?.message;
        return (
          <div key={row.id} className="grid gap-1">
            <div className="grid grid-cols-[11rem_minmax(0,1fr)_2.25rem] items-center gap-2">
              <NativeSelect
                aria-label={`Behaviour ${i + 1} level`}
                aria-invalid={e?.level ? true : undefined}
                {...reg(`behaviours.${i}.level`, { valueAsNumber: true })}
              >
                {levels.map((l) => (
                  <option key={l.level} value={l.level}>
                    {l.level} · {l.name}
                  </option>
                ))}
              </NativeSelect>
              <Input
                aria-label={`Behaviour ${i + 1} text`}
                aria-invalid={e?.text ? true : undefined}
                placeholder="What someone at this level does"
                {...reg(`behaviours.${i}.text`)}
              />
              <Button
                type="button"
                variant="ghost"
                size="icon"
                aria-label={`Remove behaviour ${i + 1}`}
                title="Remove this behaviour"
                onClick={() => rows.remove(i)}
              >
                ×
              </Button>
            </div>
            {message ? (
              <p role="alert" className="text-xs font-medium text-destructive">
                Behaviour {i + 1}: {message}
              </p>
            ) : null}
          </div>
        );
      })}
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={levels.length === 0}
          onClick={() => rows.append({ level: levels[0]?.level ?? 1, text: "" })}
        >
          Add behaviour
        </Button>
      </div>
    </fieldset>
  );
}
