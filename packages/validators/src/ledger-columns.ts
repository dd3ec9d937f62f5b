/**
 * The ledger's file layout, shared by import and export so an exported ledger imports again.
 * `field` is the cost item property a column fills; computed columns are written on export and
 * ignored on import.
 */
export const LEDGER_ITEM_COLUMNS = [
  { column: "component", field: "component", required: true },
  { column: "category", field: "category", required: true },
  { column: "phase", field: "phase", required: true },
  { column: "unit", field: "unit", required: true },
  { column: "rate", field: "rate", required: true },
  { column: "volume", field: "volume", required: true },
  { column: "currency", field: "currency", required: false },
  { column: "recurrence", field: "recurrence", required: false },
  { column: "starts_on", field: "startsOn", required: false },
  { column: "ends_on", field: "endsOn", required: false },
  { column: "status", field: "status", required: false },
  { column: "owner", field: "owner", required: false },
  { column: "notes", field: "notes", required: false },
  { column: "optional", field: "isOptional", required: false },
] as const;

/** Written on export, skipped on import: `row_type` marks total rows; amounts are recomputed. */
export const LEDGER_COMPUTED_COLUMNS = [
  "row_type",
  "amount_per_period",
  "amount_in_window",
] as const;

export const ledgerColumnOf = (field: string): string =>
  LEDGER_ITEM_COLUMNS.find((c) => c.field === field)?.column ?? field;

/** "Participant time", "user-month" and "USER_MONTH" are the enum values participant_time, user_month. */
export const ledgerEnumValue = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

const YES = new Set(["yes", "y", "true", "1", "x", "if needed"]);
const NO = new Set(["", "no", "n", "false", "0"]);

/** The optional ("if needed") flag as spreadsheets write it; undefined when unreadable. */
export function ledgerFlag(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}
