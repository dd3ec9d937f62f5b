import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportLedger } from "./export-ledger";
import { applyImport, previewImport } from "./import-items";
import { createProgram, programLedger } from "./programs";

const actor = { id: "analyst-1" };
const b64 = (text: string | Uint8Array) => Buffer.from(text).toString("base64");
const HEADER = "component,category,phase,unit,rate,volume,recurrence,starts_on,ends_on,optional";

async function newProgram(db: TDatabase, name: string, currency = "USD") {
  const { id } = await createProgram(db.prisma, actor, {
    name,
    currency,
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
  });
  return id;
}

describe(`ledger import and export on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  it("previews a CSV: labels as people write them, exact amounts, nothing stored", async () => {
    const programId = await newProgram(db, "Preview program");
    const csv = [
      HEADER,
      "Instrumentation,People,Build,Hour,110,200,,,,",
      '"LRS, hosted",Technology,Operations,month,350,1,Monthly,2026-01-01,2026-12-31,no',
      "",
      "Learner time,Participant time,Pilot,learner-hour,0.015,37.5,one-time,,,yes",
    ].join("\n");
    const preview = await previewImport(db.prisma, {
      programId,
      fileName: "costs.csv",
      contentBase64: b64(csv),
    });
    expect(preview.columnErrors).toEqual([]);
    expect(preview.errors).toEqual([]);
    expect(preview.items.map((i) => [i.line, i.category, i.unit, i.amountMinor])).toEqual([
      [2, "people", "hour", 2_200_000n],
      [3, "technology", "month", 35_000n],
      [5, "participant_time", "learner_hour", 56n], // 0.5625 rounds half-even to 0.56
    ]);
    expect(preview.items[2]!.isOptional).toBe(true);
    expect((await programLedger(db.prisma, programId)).items).toHaveLength(0);
  });

  it("names every bad line and column, and a failed import stores nothing", async () => {
    const programId = await newProgram(db, "Bad lines program");
    const csv = [
      HEADER,
      "Good line,people,build,hour,10,2,,,,",
      "Negative,people,build,hour,-5,2,,,,",
      "Unknown unit,people,build,fortnight,10,2,,,,",
      "Recurring,technology,operations,month,10,1,monthly,,,",
      "Words,people,build,hour,ten,2,,,,maybe",
    ].join("\r\n");
    const input = { programId, fileName: "bad.csv", contentBase64: b64(csv) };
    const preview = await previewImport(db.prisma, input);
    expect(preview.items).toHaveLength(1);
    expect(preview.errors).toEqual([
      { line: 3, column: "rate", message: "must not be negative" },
      { line: 4, column: "unit", message: expect.stringContaining("must be one of") },
      { line: 5, column: "starts_on", message: "is required for a recurring cost" },
      { line: 6, column: "optional", message: "must be yes or no" },
      { line: 6, column: "rate", message: expect.stringContaining("must be a number") },
    ]);
    await expect(applyImport(db.prisma, actor, input)).rejects.toThrow(
      /nothing was imported: 4 lines with errors \(line 3 rate: must not be negative/,
    );
    expect((await programLedger(db.prisma, programId)).items).toHaveLength(0);
  });

  it("names too-large numbers and impossible dates by line in the preview, so apply never fails on them", async () => {
    const programId = await newProgram(db, "Bounds program");
    const csv = [
      HEADER,
      "Huge rate,people,build,hour,10000000000000,1,,,,",
      "Huge amount,people,build,hour,2000000,500000,,,,",
      "Leap day,people,build,hour,10,1,,2026-02-29,,",
      "Largest,people,build,hour,999999999999.999999,0.5,,2028-02-29,,",
    ].join("\n");
    const input = { programId, fileName: "bounds.csv", contentBase64: b64(csv) };
    const preview = await previewImport(db.prisma, input);
    expect(preview.errors).toEqual([
      { line: 2, column: "rate", message: "must be below 1,000,000,000,000" },
      {
        line: 3,
        column: "rate",
        message: "makes the amount (rate × volume) 1,000,000,000,000 or more",
      },
      {
        line: 4,
        column: "starts_on",
        message: "is not a calendar date (February 2026 has 28 days)",
      },
    ]);
    expect(preview.items.map((i) => [i.line, i.amountMinor])).toEqual([[5, 50_000_000_000_000n]]);
    await expect(applyImport(db.prisma, actor, input)).rejects.toThrow(/3 lines with errors/);
    const fixed = [HEADER, "Largest,people,build,hour,999999999999.999999,0.5,,2028-02-29,,"];
    const applied = await applyImport(db.prisma, actor, {
      ...input,
      contentBase64: b64(fixed.join("\n")),
    });
    expect(applied.amountMinor).toBe(50_000_000_000_000n);
  });

  it("refuses a file whose columns are wrong, or which is not UTF-8", async () => {
    const programId = await newProgram(db, "Columns program");
    const wrong = await previewImport(db.prisma, {
      programId,
      fileName: "x.csv",
      contentBase64: b64("component,category,cost\nA,people,5"),
    });
    expect(wrong.columnErrors).toEqual([
      "column “phase” is missing",
      "column “unit” is missing",
      "column “rate” is missing",
      "column “volume” is missing",
      "column “cost” is not a ledger column",
    ]);
    const latin1 = Uint8Array.from([
      ...Buffer.from(`${HEADER}\nCaf`),
      0xe9,
      ...Buffer.from(",people,build,hour,1,1,,,,"),
    ]);
    await expect(
      previewImport(db.prisma, { programId, fileName: "x.csv", contentBase64: b64(latin1) }),
    ).rejects.toThrow(/must be UTF-8 encoded/);
    await expect(
      previewImport(db.prisma, { programId, fileName: "x.xlsx", contentBase64: b64("not a zip") }),
    ).rejects.toThrow(/not a readable .xlsx workbook/);
  });

  it("refuses a currency other than the program's, by line", async () => {
    const programId = await newProgram(db, "Euro program", "EUR");
    const preview = await previewImport(db.prisma, {
      programId,
      fileName: "x.csv",
      contentBase64: b64(
        "component,category,phase,unit,rate,volume,currency\nAlpha,people,build,hour,1,1,USD\nBeta,people,build,hour,1,1,",
      ),
    });
    expect(preview.errors).toEqual([
      { line: 2, column: "currency", message: "must be EUR, the program's currency" },
    ]);
    expect(preview.items.map((i) => i.currency)).toEqual(["EUR"]);
  });

  it("applies a good file in one go, audited, and exports it back to CSV and XLSX that import again", async () => {
    const programId = await newProgram(db, "Round trip program");
    const csv = [
      HEADER,
      "Course design,content,design,hour,95.50,120,,2026-02-10,,",
      "Webinar tool,licences,operations,user_month,12.99,40,monthly,2026-01-15,2026-06-30,",
      "=cmd|' /C calc'!A0,other,other,fixed,1,1,,,,yes",
    ].join("\n");
    const result = await applyImport(db.prisma, actor, {
      programId,
      fileName: "good.csv",
      contentBase64: b64(csv),
    });
    expect(result.imported).toBe(3);
    const ledger = await programLedger(db.prisma, programId);
    // In the file's order, not the order of their random ids.
    expect(ledger.items.map((i) => i.component)).toEqual([
      "Course design",
      "Webinar tool",
      "=cmd|' /C calc'!A0",
    ]);
    const audits = await db.prisma.auditLog.count({ where: { action: "cost_item.import" } });
    expect(audits).toBeGreaterThanOrEqual(3);

    const exported = await exportLedger(db.prisma, { programId, format: "csv" });
    const text = Buffer.from(exported.contentBase64, "base64").toString("utf8");
    expect(exported.fileName).toBe("round-trip-program-ledger-2026-01-01-to-2026-12-31.csv");
    expect(text.split("\r\n")[0]).toMatch(/^row_type,component,category/);
    expect(text).toContain(`total,Total,,,,,,USD,`);
    expect(text).toContain(`"'=cmd|' /C calc'!A0"`); // a formula is never live in a spreadsheet
    const totalLine = text.split("\r\n").find((l) => l.startsWith("total,Total,"))!;
    expect(totalLine.endsWith(`,${(Number(ledger.totals.total) / 100).toFixed(2)}`)).toBe(true);

    for (const format of ["csv", "xlsx"] as const) {
      const file = await exportLedger(db.prisma, { programId, format });
      const copy = await newProgram(db, `Copy via ${format}`);
      await applyImport(db.prisma, actor, {
        programId: copy,
        fileName: file.fileName,
        contentBase64: file.contentBase64,
      });
      const again = await programLedger(db.prisma, copy);
      expect(again.totals).toEqual(ledger.totals);
    }
  });

  it("reads XLSX dates, numbers and the real row number of each line", async () => {
    const programId = await newProgram(db, "Workbook program");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Costs");
    sheet.addRow([
      "Component",
      "Category",
      "Phase",
      "Unit",
      "Rate",
      "Volume",
      "Recurrence",
      "Starts on",
    ]);
    sheet.addRow([
      "Coaching",
      "people",
      "pilot",
      "hour",
      150,
      12.5,
      "monthly",
      new Date(Date.UTC(2026, 2, 1)),
    ]);
    sheet.addRow([]);
    sheet.addRow(["Bad", "people", "pilot", "hour", -1, 1]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await previewImport(db.prisma, {
      programId,
      fileName: "costs.xlsx",
      contentBase64: b64(bytes),
    });
    expect(preview.items[0]).toMatchObject({ startsOn: "2026-03-01", rate: "150", volume: "12.5" });
    expect(preview.errors).toEqual([{ line: 4, column: "rate", message: "must not be negative" }]);
  });
});
