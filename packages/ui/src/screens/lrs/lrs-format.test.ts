import { describe, expect, it } from "vitest";
import {
  bucketLabel,
  curlExample,
  lrsEndpoint,
  resultText,
  scoreText,
  shortIri,
} from "./lrs-format";

describe("LRS screen formatting", () => {
  it("reads a score and a result in a few words", () => {
    expect(scoreText({ scaled: 0.4, raw: 4, min: 0, max: 10 })).toBe("4 / 10 (40%)");
    expect(scoreText({ scaled: 0.855, raw: null, min: null, max: null })).toBe("85.5%");
    expect(scoreText({ scaled: null, raw: 7, min: null, max: null })).toBe("7");
    expect(scoreText(null)).toBeNull();
    expect(
      resultText({
        success: false,
        completion: true,
        score: { scaled: 0.4, raw: null, min: null, max: null },
      }),
    ).toBe("failed · 40%");
    expect(resultText({ success: null, completion: true, score: null })).toBe("completed");
    expect(resultText({ success: null, completion: null, score: null })).toBeNull();
    expect(resultText(null)).toBeNull();
  });

  it("shortens IRIs and finds the endpoint", () => {
    expect(shortIri("http://adlnet.gov/expapi/verbs/completed")).toBe("completed");
    expect(shortIri("https://x.org/onto#passed")).toBe("passed");
    expect(shortIri("urn:x")).toBe("urn:x");
    expect(lrsEndpoint({ protocol: "https:", origin: "https://xroi.example.org" })).toBe(
      "https://xroi.example.org/xapi",
    );
    expect(lrsEndpoint({ protocol: "file:", origin: "null" })).toBeNull();
  });

  it("writes a curl example with the version header and basic credentials", () => {
    const curl = curlExample("http://127.0.0.1:3000/xapi", "xroi_k", "s3cret");
    expect(curl).toContain("curl -X POST 'http://127.0.0.1:3000/xapi/statements'");
    expect(curl).toContain("-u 'xroi_k:s3cret'");
    expect(curl).toContain("-H 'X-Experience-API-Version: 2.0.0'");
    const body = /-d '([^']*)'$/.exec(curl)?.[1];
    expect(JSON.parse(body!)).toMatchObject({
      verb: { id: "http://adlnet.gov/expapi/verbs/completed" },
    });
  });

  it("labels buckets in UTC", () => {
    expect(bucketLabel("2026-03-10T14:00:00.000Z", "hour")).toBe("14:00");
    expect(bucketLabel("2026-03-10T00:00:00.000Z", "day")).toBe("Mar 10");
  });
});
