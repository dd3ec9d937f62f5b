import { describe, expect, it } from "vitest";
import { assetQuery, hasFilters, NO_FILTERS, pageSelection, withPage } from "./asset-filters";

describe("asset filters", () => {
  it("leaves blank choices out of the call", () => {
    expect(assetQuery({ ...NO_FILTERS, search: "  ", language: "" }, 2, 50)).toEqual({
      search: undefined,
      kinds: [],
      tagIds: [],
      language: undefined,
      region: undefined,
      missing: undefined,
      page: 2,
      pageSize: 50,
    });
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, missing: "goal" })).toBe(true);
  });

  it("selects and clears a page without touching other pages", () => {
    const picked = new Set(["other"]);
    expect(pageSelection(["a", "b"], picked)).toBe("none");
    const all = withPage(picked, ["a", "b"], true);
    expect(pageSelection(["a", "b"], all)).toBe("all");
    expect(pageSelection(["a", "b"], new Set(["a"]))).toBe("some");
    expect([...withPage(all, ["a", "b"], false)]).toEqual(["other"]);
  });
});
