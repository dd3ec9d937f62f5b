import ExcelJS from "exceljs";
import Papa from "papaparse";
import { DomainError } from "../errors";

/** One data row of an imported sheet: its line in the file and its cells by normalised column name. */
export type TSheetRow = { line: number; cells: Record<string, string> };
export type TSheet = { columns: string[]; rows: TSheetRow[] };
export type TLedgerFileFormat = "csv" | "xlsx";

/** "Starts on", "starts-on" and "STARTS_ON" all name the column starts_on. */
export function columnKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export function formatOf(fileName: string): TLedgerFileFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  throw new DomainError("BAD_REQUEST", "must be a .csv or .xlsx file", "file");
}

function decodeUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DomainError("BAD_REQUEST", "must be UTF-8 encoded; this file is UTF-16", "file");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DomainError(
      "BAD_REQUEST",
      "must be UTF-8 encoded; save it from your spreadsheet as “CSV UTF-8”",
      "file",
    );
  }
}

function readCsv(bytes: Uint8Array): TSheet {
  const text = decodeUtf8(bytes)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  const records: Array<{ line: number; cells: string[] }> = [];
  let line = 1;
  let consumed = 0;
  let quoteError: string | undefined;
  // step() reports where each record ends (meta.cursor), so a record's line is counted from the
  // raw text even when a quoted cell holds a newline or blank lines sit between records.
  Papa.parse<string[]>(text, {
    newline: "\n",
    step: (result) => {
      if (result.errors.some((e) => e.type === "Quotes")) {
        quoteError ??= `line ${line}: a quoted cell is never closed`;
      }
      if (result.data.some((c) => c.trim() !== "")) records.push({ line, cells: result.data });
      const end = result.meta.cursor;
      line += text.slice(consumed, end).split("\n").length - 1;
      consumed = end;
    },
  });
  if (quoteError) throw new DomainError("BAD_REQUEST", quoteError, "file");
  const [header, ...body] = records;
  if (!header)
    throw new DomainError("BAD_REQUEST", "is empty; line 1 must name the columns", "file");
  const columns = header.cells.map(columnKey);
  const rows = body.map((record) => ({
    line: record.line,
    cells: Object.fromEntries(columns.map((c, i) => [c, (record.cells[i] ?? "").trim()])),
  }));
  return { columns, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<TSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError("BAD_REQUEST", "is not a readable .xlsx workbook", "file");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) {
    throw new DomainError("BAD_REQUEST", "is empty; row 1 must name the columns", "file");
  }
  const width = sheet.getRow(1).cellCount;
  const textsOf = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim());
  const columns = textsOf(sheet.getRow(1)).map(columnKey);
  const rows: TSheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const texts = textsOf(row);
    if (texts.every((t) => t === "")) return;
    rows.push({ line, cells: Object.fromEntries(columns.map((c, i) => [c, texts[i] ?? ""])) });
  });
  return { columns, rows };
}

/** Reads the first sheet of a CSV (UTF-8) or XLSX file; line/row 1 holds the column names. */
export async function readLedgerFile(fileName: string, bytes: Uint8Array): Promise<TSheet> {
  return formatOf(fileName) === "csv" ? readCsv(bytes) : readXlsx(bytes);
}
