import { Link2 } from "lucide-react";
import { useWatch } from "react-hook-form";
import { Button } from "../../components/button";
import { Input, NativeSelect } from "../../components/input";
import { AssetSuggestInput } from "./asset-suggest-input";
import { messageAt, WEIGHT_LABEL, type TAllocationForm } from "./allocation-form";

type TCell = "weight" | "learners" | "completions" | "outcomes";

function ErrorText({ error }: { error?: string }) {
  return error ? (
    <p role="alert" className="text-xs font-medium text-destructive">
      {error}
    </p>
  ) : null;
}

/**
 * One asset or cohort of an allocation: a learning asset picked from the suggestions (linked), or
 * any name typed (a cohort, or an asset kept as text), with its weight and counts.
 */
export function AllocationTargetRow({
  form,
  index: i,
  basis,
  canRemove,
  onRemove,
}: {
  form: TAllocationForm;
  index: number;
  basis: keyof typeof WEIGHT_LABEL;
  canRemove: boolean;
  onRemove: () => void;
}) {
  const errors = form.formState.errors;
  const label = useWatch({ control: form.control, name: `targets.${i}.label` });
  const assetId = useWatch({ control: form.control, name: `targets.${i}.assetId` }) as
    string | null | undefined;
  const unlink = () => form.setValue(`targets.${i}.assetId`, null);
  const cell = (name: TCell, aria: string, inputMode: "decimal" | "numeric") => {
    const error = messageAt(errors, `targets.${i}.${name}`);
    return (
      <div className="grid gap-1">
        <Input
          aria-label={`${aria}, row ${i + 1}`}
          aria-invalid={error ? true : undefined}
          inputMode={inputMode}
          {...form.register(`targets.${i}.${name}`)}
        />
        <ErrorText error={error} />
      </div>
    );
  };
  const labelError = messageAt(errors, `targets.${i}.label`);
  return (
    <div className="grid grid-cols-[2fr_1fr_1fr_1fr_1fr_1fr_auto] items-start gap-2">
      <div className="grid gap-1">
        <AssetSuggestInput
          label={`Asset or cohort, row ${i + 1}`}
          text={label ?? ""}
          invalid={!!labelError}
          // Typing over a linked asset's title makes it text again.
          registration={form.register(`targets.${i}.label`, {
            onChange: () => (assetId ? unlink() : undefined),
          })}
          onPick={(asset) => {
            form.setValue(`targets.${i}.label`, asset.title, { shouldDirty: true });
            form.setValue(`targets.${i}.assetId`, asset.id);
            form.setValue(`targets.${i}.kind`, "asset");
          }}
        />
        {assetId ? (
          <p className="flex items-center gap-1 text-xs text-muted-foreground">
            <Link2 aria-hidden className="size-3.5" /> Linked learning asset
            <button
              type="button"
              className="ml-1 underline underline-offset-2 hover:text-foreground"
              aria-label={`Unlink row ${i + 1}`}
              onClick={unlink}
            >
              Unlink
            </button>
          </p>
        ) : null}
        <ErrorText error={labelError} />
      </div>
      {cell("weight", WEIGHT_LABEL[basis], "decimal")}
      {assetId ? (
        <span className="px-3 pt-2 text-sm">asset</span>
      ) : (
        <div className="grid gap-1">
          <NativeSelect aria-label={`Kind, row ${i + 1}`} {...form.register(`targets.${i}.kind`)}>
            <option value="cohort">cohort</option>
            <option value="asset">asset</option>
          </NativeSelect>
          <ErrorText error={messageAt(errors, `targets.${i}.kind`)} />
        </div>
      )}
      {basis === "learner_count" ? (
        <span className="pt-2 text-xs text-muted-foreground">the count</span>
      ) : (
        cell("learners", "Learners", "numeric")
      )}
      {cell("completions", "Completions", "numeric")}
      {cell("outcomes", "Outcomes", "numeric")}
      <Button
        type="button"
        variant="ghost"
        size="sm"
        aria-label={`Remove row ${i + 1}`}
        disabled={!canRemove}
        onClick={onRemove}
      >
        ✕
      </Button>
    </div>
  );
}
