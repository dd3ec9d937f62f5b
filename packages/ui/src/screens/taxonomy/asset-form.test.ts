import { describe, expect, it } from "vitest";
import { activityIdError, assetFormValues, ZAssetFormSchema } from "./asset-form";

describe("asset form", () => {
  it("turns typed text into the API's shapes", () => {
    const parsed = ZAssetFormSchema.parse({
      ...assetFormValues(),
      title: "Incoterms basics",
      durationMinutes: " 45 ",
      regions: "EU, US",
      activityIds: "https://lms.example/course/1\n\nhttps://lms.example/course/2\n",
    });
    expect(parsed).toMatchObject({
      durationMinutes: 45,
      regions: ["EU", "US"],
      activityIds: ["https://lms.example/course/1", "https://lms.example/course/2"],
    });
    expect(
      ZAssetFormSchema.parse({ ...assetFormValues(), title: "Ab" }).durationMinutes,
    ).toBeNull();
  });

  it("names the bad activity id by its line", () => {
    const result = ZAssetFormSchema.safeParse({
      ...assetFormValues(),
      title: "Incoterms basics",
      durationMinutes: "forty",
      activityIds: "https://lms.example/a\nnot an iri\nhttps://lms.example/a",
    });
    const paths = result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(paths).toEqual([
      "durationMinutes: must be a whole number of minutes",
      "activityIds.1: must be an absolute IRI like https://example.com/course/1",
      "activityIds.2: is listed twice",
    ]);
    expect(activityIdError({ "activityIds.1": "is taken by “Other”" })).toBe(
      "line 2: is taken by “Other”",
    );
  });
});
