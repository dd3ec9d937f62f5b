import { COST_CATEGORY_LABELS } from "@xroi/validators";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { TDb } from "../db";
import { formatMinor } from "./decimal";
import { LEDGER_COMPUTED_COLUMNS, LEDGER_ITEM_COLUMNS } from "@xroi/validators";
import { CURRENCY_DIGITS, isCurrency } from "./money";
import { programLedger, type TProgramLedger } from "./programs";

export type TLedgerExport = { fileName: string; contentType: string; contentBase64: string };
type TCell = string | number;

const HEADER = [
  ...LEDGER_COMPUTED_COLUMNS.slice(0, 1),
  ...LEDGER_ITEM_COLUMNS.map((c) => c.column),
  ...LEDGER_COMPUTED_COLUMNS.slice(1),
];

function itemRow(item: TProgramLedger["items"][number], money: (m: bigint) => string): string[] {
  const cells: Record<string, string> = {
    row_type: "item",
    component: item.component,
    category: item.category,
    phase: item.phase,
    unit: item.unit,
    rate: item.rate,
    volume: item.volume,
    currency: item.currency,
    recurrence: item.recurrence,
    starts_on: item.startsOn ?? "",
    ends_on: item.endsOn ?? "",
    status: item.status,
    owner: item.owner,
    notes: item.notes,
    optional: item.isOptional ? "yes" : "no",
    amount_per_period: money(item.amountMinor),
    amount_in_window: money(item.amountInWindowMinor),
  };
  return HEADER.map((column) => cells[column] ?? "");
}

/** The totals under the items: label in `component`, amount in `amount_in_window`. */
function totalRows(ledger: TProgramLedger, money: (m: bigint) => string): string[][] {
  const t = ledger.totals;
  const labelled: Array<[string, bigint]> = [
    ["Total", t.total],
    ["Without optional items", t.withoutOptional],
    ["Optional items", t.optional],
    ["One-time", t.oneTime],
    ["Recurring (in window)", t.recurring],
    ["Planned", t.planned],
    ["Actual", t.actual],
    ...Object.entries(t.byCategory).map(([c, v]): [string, bigint] => [
      `Category: ${COST_CATEGORY_LABELS[c as keyof typeof COST_CATEGORY_LABELS] ?? c}`,
      v,
    ]),
    ...Object.entries(t.byPhase).map(([p, v]): [string, bigint] => [`Phase: ${p}`, v]),
  ];
  return labelled.map(([label, amount]) =>
    HEADER.map((column) =>
      column === "row_type"
        ? "total"
        : column === "component"
          ? label
          : column === "currency"
            ? ledger.program.currency
            : column === "amount_in_window"
              ? money(amount)
              : "",
    ),
  );
}

const NUMERIC_COLUMNS = new Set(["rate", "volume", "amount_per_period", "amount_in_window"]);

async function toXlsx(ledger: TProgramLedger, rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "xroi";
  const sheet = workbook.addWorksheet("Cost items");
  sheet.addRow(HEADER).font = { bold: true };
  for (const row of rows) {
    // Amounts are written as numbers so a spreadsheet can sum them; the CSV keeps exact text.
    const cells: TCell[] = row.map((text, i) =>
      NUMERIC_COLUMNS.has(HEADER[i]!) && text !== "" ? Number(text) : text,
    );
    const added = sheet.addRow(cells);
    if (row[0] === "total") added.font = { bold: true };
  }
  sheet.columns.forEach((column, i) => {
    column.width = HEADER[i] === "component" || HEADER[i] === "notes" ? 36 : 14;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const about = workbook.addWorksheet("About");
  about.addRows([
    ["Program", ledger.program.name],
    ["Currency", ledger.program.currency],
    ["Window", `${ledger.window.from} to ${ledger.window.to}`],
    [
      "Rule",
      "Amounts are rate × volume rounded once, half to even; recurring items prorated by calendar days.",
    ],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The program's items and totals over a window, as CSV (exact text) or XLSX; re-importable. */
export async function exportLedger(
  db: TDb,
  input: { programId: string; format: "csv" | "xlsx"; window?: { from: string; to: string } },
): Promise<TLedgerExport> {
  const ledger = await programLedger(db, input.programId, input.window);
  const currency = ledger.program.currency;
  const digits = isCurrency(currency) ? CURRENCY_DIGITS[currency] : 2;
  const money = (minor: bigint) => formatMinor(minor, digits);
  const rows = [...ledger.items.map((i) => itemRow(i, money)), ...totalRows(ledger, money)];
  const slug = ledger.program.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const base = `${slug || "program"}-ledger-${ledger.window.from}-to-${ledger.window.to}`;
  if (input.format === "csv") {
    const text = Papa.unparse(
      { fields: HEADER, data: rows },
      { newline: "\r\n", escapeFormulae: true },
    );
    return {
      fileName: `${base}.csv`,
      contentType: "text/csv; charset=utf-8",
      contentBase64: Buffer.from(text, "utf8").toString("base64"),
    };
  }
  return {
    fileName: `${base}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    contentBase64: Buffer.from(await toXlsx(ledger, rows)).toString("base64"),
  };
}
