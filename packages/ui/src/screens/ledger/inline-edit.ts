import type { TCostItem, TCostItemUpdateInput } from "@xroi/validators";
import { errorMessage } from "../../forms/trpc-errors";

export type TInlineField = "component" | "rate" | "volume";

/** updateItem replaces the whole item, so an inline edit sends every field with one changed. */
export function toUpdateInput(
  item: TCostItem,
  field: TInlineField,
  value: string,
): TCostItemUpdateInput {
  return {
    id: item.id,
    component: item.component,
    category: item.category,
    phase: item.phase,
    unit: item.unit,
    rate: item.rate,
    volume: item.volume,
    currency: item.currency,
    recurrence: item.recurrence,
    startsOn: item.startsOn,
    endsOn: item.endsOn,
    status: item.status,
    owner: item.owner,
    notes: item.notes,
    isOptional: item.isOptional,
    [field]: value.trim(),
  };
}

/** "rate: must not be negative" when the server names the field; its whole message otherwise. */
export function inlineErrorText(error: unknown, field: TInlineField): string {
  const fieldErrors = (error as { data?: { fieldErrors?: Record<string, string> } | null } | null)
    ?.data?.fieldErrors;
  const message = fieldErrors?.[field];
  return message ? `${field}: ${message}` : errorMessage(error);
}
