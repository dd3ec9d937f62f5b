import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  calendarDateProblem,
  fieldErrorsFrom,
  isLineAmountWithinBound,
  ZAllocationSaveSchema,
  ZCalendarDateSchema,
  ZCostItemCreateSchema,
  ZDateWindowSchema,
  ZLedgerHistoryInputSchema,
  ZLedgerImportSchema,
  ZProgramCreateSchema,
  ZProgramUpdateSchema,
} from "./index";

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error);
};
const programId = "6f1c1d1e-0000-4000-8000-000000000001";
const assetId = "6f1c1d1e-0000-4000-8000-000000000002";
const item = {
  programId,
  component: "Facilitation",
  category: "people",
  phase: "pilot",
  unit: "hour",
  currency: "USD",
  recurrence: "one_time",
  rate: "80",
  volume: "40",
};

describe("calendar dates", () => {
  it("takes real dates, leap days included", () => {
    for (const date of ["2026-01-31", "2024-02-29", "2000-02-29", "1900-01-01", "2999-12-31"])
      expect(calendarDateProblem(date)).toBeUndefined();
    expect(ZCalendarDateSchema.parse(" 2026-03-31 ")).toBe("2026-03-31");
  });

  it("refuses impossible dates instead of moving them", () => {
    expect(calendarDateProblem("2026-02-30")).toBe(
      "is not a calendar date (February 2026 has 28 days)",
    );
    expect(calendarDateProblem("2026-02-29")).toBe(
      "is not a calendar date (February 2026 has 28 days)",
    );
    expect(calendarDateProblem("1900-02-29")).toBe(
      "is not a calendar date (February 1900 has 28 days)",
    );
    expect(calendarDateProblem("2026-04-31")).toBe(
      "is not a calendar date (April 2026 has 30 days)",
    );
    expect(calendarDateProblem("2026-01-00")).toBe(
      "is not a calendar date (January 2026 has 31 days)",
    );
    expect(calendarDateProblem("2026-13-01")).toBe(
      "is not a calendar date (the month must be 01 to 12)",
    );
    expect(calendarDateProblem("0026-01-01")).toBe("must be in the years 1900 to 2999");
    expect(calendarDateProblem("26-01-01")).toBe("must be a date like 2026-03-31");
    expect(calendarDateProblem("2026-1-1")).toBe("must be a date like 2026-03-31");
    expect(errorsOf(ZCalendarDateSchema, 20260101)).toEqual({
      _: "must be a date like 2026-03-31",
    });
  });

  it("is the rule for programs, cost items and windows alike", () => {
    const program = {
      name: "Pilot",
      currency: "USD",
      startsOn: "2026-02-30",
      endsOn: "2026-12-31",
    };
    expect(errorsOf(ZProgramCreateSchema, program)).toEqual({
      startsOn: "is not a calendar date (February 2026 has 28 days)",
    });
    expect(errorsOf(ZProgramUpdateSchema, { ...program, id: programId })).toEqual({
      startsOn: "is not a calendar date (February 2026 has 28 days)",
    });
    expect(errorsOf(ZCostItemCreateSchema, { ...item, startsOn: "2026-06-31" })).toEqual({
      startsOn: "is not a calendar date (June 2026 has 30 days)",
    });
    expect(errorsOf(ZDateWindowSchema, { from: "2026-01-01", to: "2026-02-30" })).toMatchObject({
      to: "is not a calendar date (February 2026 has 28 days)",
    });
    expect(ZCostItemCreateSchema.parse({ ...item, startsOn: "" }).startsOn).toBeNull();
  });
});

describe("ledger number bounds (the columns' sizes)", () => {
  it("takes the largest rate and volume DECIMAL(18,6) holds, leading zeros aside", () => {
    const parsed = ZCostItemCreateSchema.parse({
      ...item,
      rate: "999999999999.999999",
      volume: "0.5",
    });
    expect(parsed.rate).toBe("999999999999.999999");
    expect(errorsOf(ZCostItemCreateSchema, { ...item, rate: "000000000000080" })).toEqual({});
  });

  it("refuses a rate or volume of 13 digits before the point", () => {
    expect(errorsOf(ZCostItemCreateSchema, { ...item, rate: "10000000000000" })).toEqual({
      rate: "must be below 1,000,000,000,000",
    });
    expect(errorsOf(ZCostItemCreateSchema, { ...item, volume: 1e12 })).toEqual({
      volume: "must be below 1,000,000,000,000",
    });
    expect(errorsOf(ZCostItemCreateSchema, { ...item, rate: 1e21 })).toEqual({
      rate: "must be a number like 1234.56 (the rate per unit)",
    });
  });

  it("bounds the amount, rate × volume, exactly, beside both fields", () => {
    expect(isLineAmountWithinBound("1000000", "999999.999999")).toBe(true);
    expect(isLineAmountWithinBound("1000000", "1000000")).toBe(false);
    expect(isLineAmountWithinBound("0.000001", "999999999999.999999")).toBe(true);
    expect(errorsOf(ZCostItemCreateSchema, { ...item, rate: "2000000", volume: "500000" })).toEqual(
      {
        rate: "makes the amount (rate × volume) 1,000,000,000,000 or more",
        volume: "makes the amount (rate × volume) 1,000,000,000,000 or more",
      },
    );
  });

  it("bounds allocation weights and counts", () => {
    const allocation = {
      programId,
      name: "By region",
      basis: "shares",
      targets: [
        { label: "North", weight: "10000000000000" },
        { label: "South", weight: "1", learners: "2147483648", completions: " " },
      ],
    };
    expect(errorsOf(ZAllocationSaveSchema, allocation)).toEqual({
      "targets.0.weight": "must be below 1,000,000,000,000",
      "targets.1.learners": "must be at most 2,147,483,647",
    });
  });
});

describe("allocation targets linked to learning assets", () => {
  const allocation = (targets: unknown[]) => ({
    programId,
    name: "By course",
    basis: "shares",
    targets,
  });

  it("links an asset target and keeps free-text cohorts", () => {
    const parsed = ZAllocationSaveSchema.parse(
      allocation([
        { label: "Export Readiness 101", kind: "asset", assetId, weight: "2" },
        { label: "Northern members", weight: "1", assetId: "" },
      ]),
    );
    expect(parsed.targets.map((t) => [t.kind, t.assetId])).toEqual([
      ["asset", assetId],
      ["cohort", null],
    ]);
  });

  it("refuses the same asset twice, a linked cohort and a bad id", () => {
    expect(
      errorsOf(
        ZAllocationSaveSchema,
        allocation([
          { label: "Export Readiness 101", kind: "asset", assetId, weight: "2" },
          { label: "Export readiness (old title)", kind: "asset", assetId, weight: "1" },
          { label: "Pricing", kind: "cohort", assetId: programId, weight: "1" },
          { label: "Webinars", kind: "asset", assetId: "not-an-id", weight: "1" },
        ]),
      ),
    ).toEqual({
      "targets.1.label": "is listed twice",
      "targets.2.kind": "must be asset for a linked learning asset",
      "targets.3.assetId": "must be a learning asset id",
    });
  });
});

describe("ledger text", () => {
  it("refuses a NUL character, which PostgreSQL text cannot hold, and keeps the length rules", () => {
    expect(errorsOf(ZCostItemCreateSchema, { ...item, component: "Venue\u0000hire" })).toEqual({
      component: "must not contain a NUL character",
    });
    expect(errorsOf(ZCostItemCreateSchema, { ...item, component: " A " })).toEqual({
      component: "must be at least 2 characters",
    });
    expect(
      errorsOf(ZLedgerImportSchema, { programId, fileName: "a\u0000.csv", contentBase64: "YQ==" }),
    ).toEqual({ fileName: "must not contain a NUL character" });
    expect(
      errorsOf(ZLedgerImportSchema, {
        programId,
        fileName: `${"a".repeat(300)}.csv`,
        contentBase64: "YQ==",
      }),
    ).toEqual({ fileName: "must be at most 255 characters" });
  });
});

describe("ledger history input", () => {
  it("names programs, cost items and allocations by id", () => {
    expect(
      errorsOf(ZLedgerHistoryInputSchema, { entityType: "cost_item", entityId: programId }),
    ).toEqual({});
    expect(errorsOf(ZLedgerHistoryInputSchema, { entityType: "user", entityId: "x" })).toEqual({
      entityType: "must be one of program, cost_item, cost_allocation",
      entityId: "must be an id",
    });
  });
});
