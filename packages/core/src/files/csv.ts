import Papa from "papaparse";
import { DomainError } from "../errors";

/** One data row of an imported sheet: its line in the file and its cells by normalised column name. */
export type TSheetRow = { line: number; cells: Record<string, string> };
export type TSheet = {
  columns: string[];
  rows: TSheetRow[];
  /** The column names as written, for messages; same order as columns. */
  headers?: string[];
};
/** One CSV record as written: the line it starts on and its cells, untrimmed. */
export type TCsvRecord = { line: number; cells: string[] };

/** "Starts on", "starts-on" and "STARTS_ON" all name the column starts_on. */
export function columnKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The text of a UTF-8 file; anything else is refused with a message that says how to fix it. */
export function decodeUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DomainError("BAD_REQUEST", "must be UTF-8 encoded; this file is UTF-16", "file");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DomainError(
      "BAD_REQUEST",
      "must be UTF-8 encoded; save it from your spreadsheet as “CSV UTF-8”",
      "file",
    );
  }
  // UTF-16 without a byte order mark is valid UTF-8 byte by byte, but every other byte is zero.
  if (text.includes("\u0000")) {
    throw new DomainError(
      "BAD_REQUEST",
      "must be UTF-8 encoded; this file looks like UTF-16",
      "file",
    );
  }
  return text;
}

/**
 * Every non-blank record of a UTF-8 CSV file with the line it starts on, counted from the raw
 * text so a quoted cell that holds newlines does not shift the lines of the records after it.
 */
export function readCsvRecords(bytes: Uint8Array): TCsvRecord[] {
  const text = decodeUtf8(bytes)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  const records: TCsvRecord[] = [];
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
      for (let i = consumed; i < end; i++) if (text.charCodeAt(i) === 10) line += 1;
      consumed = end;
    },
  });
  if (quoteError) throw new DomainError("BAD_REQUEST", quoteError, "file");
  return records;
}

/** A CSV file's first record as column names (normalised by keyOf) and the rest as trimmed rows. */
export function readCsvSheet(
  bytes: Uint8Array,
  keyOf: (header: string) => string = columnKey,
): TSheet {
  const [header, ...body] = readCsvRecords(bytes);
  if (!header)
    throw new DomainError("BAD_REQUEST", "is empty; line 1 must name the columns", "file");
  const headers = header.cells.map((h) => h.trim());
  const columns = headers.map(keyOf);
  const rows = body.map((record) => ({
    line: record.line,
    cells: Object.fromEntries(columns.map((c, i) => [c, (record.cells[i] ?? "").trim()])),
  }));
  return { columns, rows, headers };
}
