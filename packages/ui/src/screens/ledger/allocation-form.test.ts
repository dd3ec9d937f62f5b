import { fieldErrorsFrom } from "@xroi/validators";
import { describe, expect, it } from "vitest";
import { blankTarget, ZAllocationFormSchema } from "./allocation-form";

const values = {
  programId: "0b9d3c5e-1a2f-4e6d-8c7b-9a1e3f5d7c20",
  name: "By course",
  basis: "shares",
  windowFrom: "",
  windowTo: "",
  withOptional: true,
  targets: [
    {
      ...blankTarget(),
      label: "Export Readiness 101",
      kind: "asset",
      assetId: "6f1c2b7e-8d4a-4c1e-9b3f-2a5d7e9c1b20",
      weight: "2",
    },
    { ...blankTarget(), label: "Walk-in members", weight: "1" },
  ],
};
const errorsOf = (v: unknown) => {
  const parsed = ZAllocationFormSchema.safeParse(v);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error);
};

describe("the allocation form", () => {
  it("takes a linked asset beside a typed cohort, with no window", () => {
    const parsed = ZAllocationFormSchema.parse(values);
    expect(parsed.targets.map((t) => [t.kind, t.assetId, t.learners])).toEqual([
      ["asset", values.targets[0]!.assetId, null],
      ["cohort", null, null],
    ]);
  });

  it("refuses an impossible window date, a window with one end, and a weight beyond the column", () => {
    expect(errorsOf({ ...values, windowFrom: "2026-02-30", windowTo: "2026-03-31" })).toEqual({
      windowFrom: "is not a calendar date (February 2026 has 28 days)",
    });
    expect(errorsOf({ ...values, windowFrom: "2026-01-01" })).toEqual({
      windowTo: "is required with a start",
    });
    const heavy = { ...values.targets[1]!, weight: "1000000000000" };
    expect(errorsOf({ ...values, targets: [values.targets[0], heavy] })).toEqual({
      "targets.1.weight": "must be below 1,000,000,000,000",
    });
  });
});
