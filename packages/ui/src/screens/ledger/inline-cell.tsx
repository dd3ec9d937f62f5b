import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TCostItem } from "@xroi/validators";
import { useId, useState, type ReactNode } from "react";
import { cn } from "../../lib/cn";
import { useTRPC } from "../../trpc";
import { inlineErrorText, toUpdateInput, type TInlineField } from "./inline-edit";

/**
 * One field of a cost item, edited where it stands: Enter or leaving the field saves, Escape puts
 * the saved value back. A refused value shows the server's field-named message under the input
 * and the input returns to the value that is still saved.
 */
export function InlineCell({
  item,
  field,
  label,
  suffix,
  className,
}: {
  item: TCostItem;
  field: TInlineField;
  /** The input's accessible name, e.g. "Rate of Discovery and planning". */
  label: string;
  /** Text beside the input, e.g. the unit after a rate; the error goes under both. */
  suffix?: ReactNode;
  className?: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorId = useId();
  // null while the person has not typed anything since the last save or cancel.
  const [draft, setDraft] = useState<string | null>(null);
  const update = useMutation(
    trpc.ledger.updateItem.mutationOptions({
      // Stays pending until the ledger is fetched again, so the new value never flickers back.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.ledger.pathKey() }),
    }),
  );
  const saved = item[field];
  const shown = draft ?? (update.isPending ? String(update.variables[field] ?? saved) : saved);
  const error = update.isError ? inlineErrorText(update.error, field) : undefined;

  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft.trim() === saved) return;
    update.reset();
    update.mutate(toUpdateInput(item, field, draft));
  };

  return (
    <div className="grid gap-1">
      <div className="flex items-center gap-1">
        <input
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          inputMode={field === "component" ? undefined : "decimal"}
          value={shown}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit();
            } else if (e.key === "Escape" && (draft !== null || error)) {
              // Only swallow Escape when there is something to undo, so it still closes what it should.
              e.preventDefault();
              setDraft(null);
              update.reset();
            }
          }}
          className={cn(
            "h-8 w-full min-w-0 rounded-md border border-transparent bg-transparent px-2 text-sm",
            "hover:border-border focus-visible:border-border focus-visible:bg-background focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            "aria-[invalid=true]:border-destructive aria-[invalid=true]:focus-visible:ring-destructive/40",
            update.isPending && "text-muted-foreground",
            className,
          )}
        />
        {suffix}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="px-2 text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
