import type { TCostItem } from "@xroi/validators";
import { ZCostItemUpdateSchema } from "@xroi/validators";
import { describe, expect, it } from "vitest";
import { inlineErrorText, toUpdateInput } from "./inline-edit";

const item: TCostItem = {
  id: "6f1c2b7e-8d4a-4c1e-9b3f-2a5d7e9c1b20",
  programId: "0b9d3c5e-1a2f-4e6d-8c7b-9a1e3f5d7c20",
  component: "LRS subscription",
  category: "technology",
  phase: "operations",
  unit: "month",
  rate: "200",
  volume: "1",
  amountMinor: 20_000n,
  currency: "USD",
  recurrence: "monthly",
  startsOn: "2026-01-01",
  endsOn: null,
  status: "planned",
  owner: "Vendor",
  notes: "per month",
  isOptional: true,
};

describe("toUpdateInput", () => {
  it("sends every field the update takes, with the one edited field changed and trimmed", () => {
    const input = toUpdateInput(item, "volume", " 2.5 ");
    expect(input).toEqual({
      id: item.id,
      component: "LRS subscription",
      category: "technology",
      phase: "operations",
      unit: "month",
      rate: "200",
      volume: "2.5",
      currency: "USD",
      recurrence: "monthly",
      startsOn: "2026-01-01",
      endsOn: null,
      status: "planned",
      owner: "Vendor",
      notes: "per month",
      isOptional: true,
    });
    expect(ZCostItemUpdateSchema.safeParse(input).success).toBe(true);
  });

  it("lets the server's schema refuse a bad value on its field", () => {
    const result = ZCostItemUpdateSchema.safeParse(toUpdateInput(item, "rate", "-5"));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["rate"]);
  });

  it("refuses a rate beyond the column, or one that makes the amount too large, on the rate", () => {
    const tooLong = ZCostItemUpdateSchema.safeParse(toUpdateInput(item, "rate", "10000000000000"));
    expect(tooLong.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["rate", "must be below 1,000,000,000,000"],
    ]);
    const tooMuch = ZCostItemUpdateSchema.safeParse(
      toUpdateInput({ ...item, volume: "1000" }, "rate", "1000000000"),
    );
    expect(tooMuch.error?.issues[0]).toMatchObject({
      path: ["rate"],
      message: "makes the amount (rate × volume) 1,000,000,000,000 or more",
    });
  });
});

describe("inlineErrorText", () => {
  it("names the field when the server does", () => {
    const error = {
      message: "rate: must not be negative",
      data: { code: "BAD_REQUEST", fieldErrors: { rate: "must not be negative" } },
    };
    expect(inlineErrorText(error, "rate")).toBe("rate: must not be negative");
  });

  it("falls back to the whole message for another field or no field", () => {
    const other = {
      message: "startsOn: is required for a recurring cost",
      data: { code: "BAD_REQUEST", fieldErrors: { startsOn: "is required for a recurring cost" } },
    };
    expect(inlineErrorText(other, "volume")).toBe("startsOn: is required for a recurring cost");
    expect(inlineErrorText({ message: "Cost item not found" }, "volume")).toBe(
      "Cost item not found",
    );
  });
});
