import { describe, expect, it } from "vitest";
import { peopleSections } from "./people-sections";

describe("People and IDs tabs per role", () => {
  it("show names and IDs to privacy leads and admins, match rules to admins, quality to analysts", () => {
    const labels = (role: Parameters<typeof peopleSections>[0]) =>
      peopleSections(role).map((s) => s.label);
    expect(labels("admin")).toEqual([
      "People",
      "Review queue",
      "Import",
      "Data quality",
      "Match rules",
    ]);
    expect(labels("privacy_lead")).toEqual(["People", "Review queue", "Import", "Data quality"]);
    expect(labels("analyst")).toEqual(["Data quality"]);
    expect(labels("viewer")).toEqual([]);
  });
});
