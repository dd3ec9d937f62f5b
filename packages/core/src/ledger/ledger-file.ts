import ExcelJS from "exceljs";
import { DomainError } from "../errors";
import { columnKey, readCsvSheet, type TSheet, type TSheetRow } from "../files/csv";

export { columnKey, type TSheet, type TSheetRow } from "../files/csv";
export type TLedgerFileFormat = "csv" | "xlsx";

export function formatOf(fileName: string): TLedgerFileFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  throw new DomainError("BAD_REQUEST", "must be a .csv or .xlsx file", "file");
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
  return formatOf(fileName) === "csv" ? readCsvSheet(bytes) : readXlsx(bytes);
}
