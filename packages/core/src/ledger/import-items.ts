import { randomUUID } from "node:crypto";
import { ZCostItemCreateSchema, type TLedgerImportInput } from "@xroi/validators";
import type { z } from "zod";
import type { TActor, TDb } from "../db";
import { inTransaction } from "../db";
import { auditJson } from "../audit/record-audit";
import { DomainError } from "../errors";
import {
  LINE_AMOUNT_MESSAGE,
  LEDGER_COMPUTED_COLUMNS,
  ledgerColumnOf,
  ledgerEnumValue,
  ledgerFlag,
  LEDGER_ITEM_COLUMNS,
} from "@xroi/validators";
import { formatOf, readLedgerFile, type TSheetRow } from "./ledger-file";
import { amountFor, asDate, programOrThrow } from "./programs";

export const MAX_IMPORT_ROWS = 5000;
const ENUM_FIELDS = new Set(["category", "phase", "unit", "recurrence", "status"]);
const KNOWN_COLUMNS = new Set<string>([
  ...LEDGER_ITEM_COLUMNS.map((c) => c.column),
  ...LEDGER_COMPUTED_COLUMNS,
]);

export type TImportLineError = { line: number; column: string; message: string };
export type TImportedItem = Omit<z.output<typeof ZCostItemCreateSchema>, "programId"> & {
  line: number;
  amountMinor: bigint;
};
export type TImportPreview = {
  fileName: string;
  format: "csv" | "xlsx";
  rowCount: number;
  /** Problems with the header row: nothing below it was read. */
  columnErrors: string[];
  errors: TImportLineError[];
  items: TImportedItem[];
  /** Sum of the valid rows' amounts per period (recurring rows counted once). */
  amountMinor: bigint;
};

function checkColumns(columns: string[]): string[] {
  const problems: string[] = [];
  for (const c of LEDGER_ITEM_COLUMNS) {
    if (c.required && !columns.includes(c.column)) problems.push(`column “${c.column}” is missing`);
  }
  for (const c of columns) {
    if (c !== "" && !KNOWN_COLUMNS.has(c)) problems.push(`column “${c}” is not a ledger column`);
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c) && c !== "") problems.push(`column “${c}” appears twice`);
    seen.add(c);
  }
  return problems;
}

/** One row to the fields a cost item takes, or its errors by column. */
function validateRow(
  row: TSheetRow,
  program: { id: string; currency: string },
): { item?: TImportedItem; errors: TImportLineError[] } {
  const raw: Record<string, unknown> = { programId: program.id };
  const errors: TImportLineError[] = [];
  for (const { column, field } of LEDGER_ITEM_COLUMNS) {
    const text = row.cells[column] ?? "";
    if (field === "isOptional") {
      const flag = ledgerFlag(text);
      if (flag === undefined) errors.push({ line: row.line, column, message: "must be yes or no" });
      raw[field] = flag ?? false;
    } else if (ENUM_FIELDS.has(field)) {
      if (text !== "") raw[field] = ledgerEnumValue(text);
    } else if (field === "currency") {
      raw[field] = text === "" ? program.currency : text;
    } else raw[field] = text;
  }
  raw.recurrence ??= "one_time";
  const parsed = ZCostItemCreateSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "row");
      // The amount bound is reported beside rate and volume; a line needs it once.
      if (issue.message === LINE_AMOUNT_MESSAGE && field === "volume") continue;
      errors.push({ line: row.line, column: ledgerColumnOf(field), message: issue.message });
    }
  }
  if (!parsed.success || errors.length > 0) return { errors };
  const { programId: _programId, ...item } = parsed.data;
  if (item.currency !== program.currency) {
    return {
      errors: [
        {
          line: row.line,
          column: "currency",
          message: `must be ${program.currency}, the program's currency`,
        },
      ],
    };
  }
  return {
    item: { line: row.line, ...item, amountMinor: amountFor(item, program.currency) },
    errors,
  };
}

function decode(input: TLedgerImportInput): Uint8Array {
  return Uint8Array.from(Buffer.from(input.contentBase64, "base64"));
}

/** Reads and checks every line of a ledger file against a program; stores nothing. */
export async function previewImport(db: TDb, input: TLedgerImportInput): Promise<TImportPreview> {
  const format = formatOf(input.fileName);
  const program = await programOrThrow(db, input.programId);
  const sheet = await readLedgerFile(input.fileName, decode(input));
  const base = { fileName: input.fileName, format, rowCount: sheet.rows.length };
  const columnErrors = checkColumns(sheet.columns);
  if (sheet.rows.length > MAX_IMPORT_ROWS) {
    columnErrors.push(`has ${sheet.rows.length} rows; at most ${MAX_IMPORT_ROWS} per file`);
  }
  if (columnErrors.length > 0) {
    return { ...base, columnErrors, errors: [], items: [], amountMinor: 0n };
  }
  const items: TImportedItem[] = [];
  const errors: TImportLineError[] = [];
  for (const row of sheet.rows) {
    if (ledgerEnumValue(row.cells.row_type ?? "") === "total") continue;
    const result = validateRow(row, program);
    if (result.item) items.push(result.item);
    errors.push(...result.errors);
  }
  const amountMinor = items.reduce((sum, i) => sum + i.amountMinor, 0n);
  return { ...base, columnErrors, errors, items, amountMinor };
}

function describeProblems(preview: TImportPreview): string {
  if (preview.columnErrors.length > 0) return preview.columnErrors.join("; ");
  const lines = [...new Set(preview.errors.map((e) => e.line))];
  const shown = preview.errors
    .slice(0, 5)
    .map((e) => `line ${e.line} ${e.column}: ${e.message}`)
    .join("; ");
  const more = preview.errors.length > 5 ? `; and ${preview.errors.length - 5} more` : "";
  return `${lines.length} line${lines.length === 1 ? "" : "s"} with errors (${shown}${more})`;
}

/** Adds every line of the file to the program in one transaction, or nothing if any line is wrong. */
export async function applyImport(
  db: TDb,
  actor: TActor,
  input: TLedgerImportInput,
): Promise<{ imported: number; amountMinor: bigint }> {
  const preview = await previewImport(db, input);
  if (preview.columnErrors.length > 0 || preview.errors.length > 0) {
    throw new DomainError(
      "BAD_REQUEST",
      `nothing was imported: ${describeProblems(preview)}`,
      "file",
    );
  }
  if (preview.items.length === 0) {
    throw new DomainError("BAD_REQUEST", "has no cost item rows below the header", "file");
  }
  return inTransaction(db, async (tx) => {
    await programOrThrow(tx, input.programId);
    const entries = preview.items.map(({ line: _line, ...item }) => ({ id: randomUUID(), item }));
    // The ledger lists items by when they were added; a millisecond apart keeps the file's order.
    const now = Date.now();
    await tx.costItem.createMany({
      data: entries.map(({ id, item }, index) => ({
        ...item,
        id,
        createdAt: new Date(now + index),
        programId: input.programId,
        startsOn: asDate(item.startsOn),
        endsOn: asDate(item.endsOn),
      })),
    });
    await tx.auditLog.createMany({
      data: entries.map(({ id, item }) => ({
        actorId: actor?.id ?? null,
        action: "cost_item.import",
        entityType: "cost_item",
        entityId: id,
        after: auditJson({ ...item, id, programId: input.programId, source: input.fileName }),
      })),
    });
    return { imported: entries.length, amountMinor: preview.amountMinor };
  });
}
