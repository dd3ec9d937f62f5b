import { describe, expect, it } from "vitest";
import { ZIdentifierAddSchema, ZMergeInputSchema, ZPeopleSearchInputSchema } from "./people";

const personId = "5b0c2f3e-8a57-4f43-9a59-0d5c0e1a2b3c";
const issues = (input: unknown) =>
  ZIdentifierAddSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);

describe("people inputs", () => {
  it("check an identifier's value by its kind, naming the field", () => {
    const base = { personId, system: "lms", kind: "email" };
    expect(issues({ ...base, value: " ana@example.org " })).toBeUndefined();
    expect(issues({ ...base, value: "ana at example" })).toEqual([
      ["value", "must be an e-mail address, like ana@example.org"],
    ]);
    expect(issues({ ...base, kind: "mbox_sha1sum", value: "abc" })?.[0]?.[0]).toBe("value");
    expect(
      issues({ ...base, kind: "account", value: "https://github.com anadev" }),
    ).toBeUndefined();
    expect(issues({ ...base, kind: "account", value: "anadev" })?.[0]?.[0]).toBe("value");
    expect(issues({ ...base, kind: "user_id", value: "  " })).toEqual([["value", "is required"]]);
    expect(issues({ ...base, system: "fax", value: "u-1", kind: "user_id" })?.[0]?.[0]).toBe(
      "system",
    );
  });

  it("refuse merging a person into themselves, and bound the search", () => {
    const same = ZMergeInputSchema.safeParse({ survivorId: personId, mergedId: personId });
    expect(same.error?.issues[0]?.path).toEqual(["mergedId"]);
    expect(ZPeopleSearchInputSchema.parse({})).toEqual({ q: "", limit: 25, offset: 0 });
    expect(ZPeopleSearchInputSchema.safeParse({ limit: 101 }).success).toBe(false);
  });
});
