import {
  IDENTIFIER_KINDS,
  MAX_IMPORT_CSV_ROWS,
  type TIdentifierKind,
  type TImportMapping,
  type TUpsertBatchInput,
  mappingErrors,
  suggestMapping,
} from "@xroi/validators";
import { readCsvSheet } from "../files/csv";
import { DomainError } from "../errors";

/** One person as a CSV line or a connector row states them, before any lookup. */
export type TImportRow = {
  line: number;
  name: string;
  organization: string;
  organizationId: string;
  team: string;
  /** The row's system (its own cell, else the import's) and where it came from. */
  system: string;
  systemColumn: string;
  ids: { column: string; kind: TIdentifierKind; value: string }[];
};

export type TParsedFile = {
  headers: string[];
  mapping: TImportMapping;
  fileErrors: string[];
  rows: TImportRow[];
};

const isKind = (t: string): t is TIdentifierKind =>
  (IDENTIFIER_KINDS as readonly string[]).includes(t);

/**
 * A CSV file's lines as import rows, through a mapping (completed by suggestions from the
 * headers). File-level problems (no header, a bad mapping, too many rows) come back as
 * fileErrors with no rows.
 */
export function rowsFromCsv(
  bytes: Uint8Array,
  options: { system?: string; mapping?: TImportMapping },
): TParsedFile {
  let sheet;
  try {
    sheet = readCsvSheet(bytes, (h) => h.trim());
  } catch (error) {
    if (error instanceof DomainError)
      return { headers: [], mapping: {}, fileErrors: [error.message], rows: [] };
    throw error;
  }
  const headers = sheet.columns;
  const mapping = suggestMapping(headers, options.mapping);
  const fileErrors = mappingErrors(headers, mapping, options.system !== undefined);
  const dupes = headers.filter((h, i) => h !== "" && headers.indexOf(h) !== i);
  if (dupes.length > 0) fileErrors.push(`column “${dupes[0]}” appears twice in the header`);
  if (sheet.rows.length === 0) fileErrors.push("has no rows below the header");
  if (sheet.rows.length > MAX_IMPORT_CSV_ROWS)
    fileErrors.push(`has ${sheet.rows.length} rows; at most ${MAX_IMPORT_CSV_ROWS} per file`);
  if (fileErrors.length > 0) return { headers, mapping, fileErrors, rows: [] };
  const byTarget = (t: string) => headers.find((h) => mapping[h] === t);
  const nameCol = byTarget("name");
  const orgCol = byTarget("organization");
  const orgIdCol = byTarget("organization_id");
  const teamCol = byTarget("team");
  const systemCol = byTarget("system");
  const idCols = headers.filter((h) => isKind(mapping[h] ?? ""));
  const cell = (cells: Record<string, string>, col: string | undefined) =>
    col === undefined ? "" : (cells[col] ?? "");
  const rows = sheet.rows.map(({ line, cells }): TImportRow => {
    const own = cell(cells, systemCol);
    return {
      line,
      name: cell(cells, nameCol),
      organization: cell(cells, orgCol),
      organizationId: cell(cells, orgIdCol),
      team: cell(cells, teamCol),
      system: own !== "" ? own.toLowerCase() : (options.system ?? ""),
      systemColumn: systemCol ?? "system",
      ids: idCols
        .map((column) => ({
          column,
          kind: mapping[column] as TIdentifierKind,
          value: cells[column] ?? "",
        }))
        .filter((id) => id.value !== ""),
    };
  });
  return { headers, mapping, fileErrors, rows };
}

/** Connector rows as import rows; a row's position (from 1) is its line. */
export function rowsFromBatch(input: TUpsertBatchInput): TImportRow[] {
  return input.rows.map((r, index) => ({
    line: index + 1,
    name: r.name ?? "",
    organization: r.organization ?? "",
    organizationId: r.organizationId ?? "",
    team: r.team ?? "",
    system: (r.system?.trim() || input.system || "").toLowerCase(),
    systemColumn: "system",
    ids: r.identifiers
      .map((id) => ({ column: id.kind, kind: id.kind, value: id.value.trim() }))
      .filter((id) => id.value !== ""),
  }));
}
