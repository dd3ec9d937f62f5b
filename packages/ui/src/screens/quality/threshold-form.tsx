import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TQualityCheckView } from "@xroi/validators";
import { useState, type FormEvent } from "react";
import { Button } from "../../components/button";
import { fieldAria } from "../../components/field";
import { Input } from "../../components/input";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { formatCount, parseThreshold } from "./quality-format";

/** "Alert above N": admins change it here; others read it. */
export function ThresholdForm({ check, canEdit }: { check: TQualityCheckView; canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(check.threshold === null ? "" : String(check.threshold));
  const [error, setError] = useState<string>();
  const save = useMutation(
    trpc.quality.setThreshold.mutationOptions({
      onSuccess: async (saved) => {
        setText(saved.threshold === null ? "" : String(saved.threshold));
        setError(undefined);
        await Promise.all([
          queryClient.invalidateQueries(trpc.quality.overview.queryFilter()),
          queryClient.invalidateQueries(trpc.quality.alerts.queryFilter()),
        ]);
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );
  if (!canEdit)
    return (
      <p className="text-sm text-muted-foreground">
        {check.threshold === null
          ? "No threshold: never alerts."
          : `Alerts above ${formatCount(check.threshold)}.`}
      </p>
    );
  const id = `threshold-${check.check}`;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseThreshold(text);
    if ("error" in parsed) return setError(parsed.error);
    save.mutate({ check: check.check, threshold: parsed.value });
  };
  return (
    <form onSubmit={onSubmit} className="grid gap-1.5" noValidate>
      <label htmlFor={id} className="text-sm font-medium">
        Alert above
      </label>
      <div className="flex items-center gap-2">
        <Input
          {...fieldAria(id, error)}
          inputMode="numeric"
          className="h-8 w-20 tabular-nums"
          value={text}
          placeholder="never"
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit" size="sm" variant="outline" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save"}
        </Button>
        {check.threshold !== null ? (
          <Button
            type="button"
            size="sm"
            variant="ghost"
            disabled={save.isPending}
            onClick={() => save.mutate({ check: check.check, threshold: null })}
          >
            Never alert
          </Button>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}
