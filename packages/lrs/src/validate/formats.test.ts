import { describe, expect, it } from "vitest";
import {
  isDuration,
  isIri,
  isLanguageTag,
  isMailtoIri,
  isMediaType,
  isSha1Hex,
  isStatementVersion,
  isUri,
  isUuid,
  normalizeTimestamp,
  parseTimestamp,
} from "./index";

describe("isUuid", () => {
  it("accepts the standard form in any case, version and variant", () => {
    for (const s of [
      "fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
      "AA97B177-9383-4934-8543-0F91A7A02836",
      "12345678-1234-5678-1234-567812345678",
      "00000000-0000-0000-0000-000000000000",
      "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
    ])
      expect(isUuid(s), s).toBe(true);
  });
  it("rejects wrong lengths, letters beyond f, missing hyphens and non-strings", () => {
    for (const s of [
      "AA97B177-9383-4934-8543-0F91A7A028368",
      "MA97B177-9383-4934-8543-0F91A7A02836",
      "fd41c918b88b4b20a0a5a4c32391aaa0",
      "{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}",
      "fd41c918-b88b-4b20-a0a5_a4c32391aaa0",
      "",
      "should fail",
      12345,
      null,
      {},
    ])
      expect(isUuid(s), String(s)).toBe(false);
  });
});

describe("isIri / isUri", () => {
  it("accepts absolute IRIs with any scheme, including non-ASCII characters", () => {
    for (const s of [
      "http://adlnet.gov/expapi/verbs/attended",
      "https://example.com/a/b?c=d&e=f#frag",
      "urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
      "tag:example.org,2024:activity/1",
      "http://例え.jp/パス",
      "https://example.com/%E2%82%AC",
      "x-custom+scheme.v1:thing",
    ])
      expect(isIri(s), s).toBe(true);
  });
  it("rejects IRIs without a scheme, bad schemes, spaces and broken escapes", () => {
    for (const s of [
      "adlnet.gov/expapi/verbs/attended",
      "open.id.com/testUser",
      "ab=c://should.fail.com",
      "should fail",
      "abc",
      "",
      "http:",
      "1http://example.com",
      "http://example.com/a b",
      "http://example.com/<x>",
      "http://example.com/%zz",
      "http://example.com/#a#b",
      ":no-scheme",
      42,
    ])
      expect(isIri(s), String(s)).toBe(false);
  });
  it("isUri is ASCII-only", () => {
    expect(isUri("http://openid.example.org/12345")).toBe(true);
    expect(isUri("http://例え.jp/")).toBe(false);
    expect(isUri("ab=c://should.fail.com")).toBe(false);
  });
});

describe("isMailtoIri", () => {
  it("accepts mailto IRIs holding one address", () => {
    for (const s of [
      "mailto:xapi@adlnet.gov",
      "mailto:first.last+tag@sub.example.co.uk",
      "mailto:user@localhost",
      "mailto:ünïcode@exämple.de",
    ])
      expect(isMailtoIri(s), s).toBe(true);
  });
  it("rejects other schemes and malformed addresses", () => {
    for (const s of [
      "http://should.fail.com",
      "mailto:should.fail.com",
      "xapi@adlnet.gov",
      "MAILTO:xapi@adlnet.gov",
      "mailto:@example.com",
      "mailto:user@",
      "mailto:a@b@c.com",
      "mailto:user name@example.com",
      "mailto:user@exa mple.com",
      "mailto:user@example..com",
      "mailto:user@example.com?subject=hi",
      "mailto:",
    ])
      expect(isMailtoIri(s), s).toBe(false);
  });
});

describe("isSha1Hex", () => {
  it("requires exactly 40 hex digits", () => {
    expect(isSha1Hex("cd9b00a5611f94eaa7b1661edab976068e364975")).toBe(true);
    expect(isSha1Hex("CD9B00A5611F94EAA7B1661EDAB976068E364975")).toBe(true);
    expect(isSha1Hex("cd9b00a5611f94eaa7b1661edab976068e36497")).toBe(false);
    expect(isSha1Hex("zd9b00a5611f94eaa7b1661edab976068e364975")).toBe(false);
    expect(isSha1Hex({ key: "value" })).toBe(false);
  });
});

describe("isLanguageTag (RFC 5646 well-formedness)", () => {
  it("accepts languages, extlangs, scripts, regions, variants, extensions and private use", () => {
    for (const s of [
      "en",
      "de",
      "es",
      "cmn",
      "tlh",
      "en-US",
      "EN-us",
      "de-DE",
      "es-MX",
      "es-419",
      "zh-Hant",
      "zh-Hant-TW",
      "sr-Latn-RS",
      "zh-yue-HK",
      "sl-rozaj-biske",
      "de-CH-1901",
      "hy-Latn-IT-arevela",
      "en-US-u-islamcal",
      "en-a-myext-b-another",
      "de-CH-x-phonebk",
      "x-whatever",
      "qaa-Qaaa-QM-x-southern",
      "i-klingon",
      "zh-min-nan",
      "en-GB-oed",
    ])
      expect(isLanguageTag(s), s).toBe(true);
  });
  it("rejects malformed tags", () => {
    for (const s of [
      "something",
      "a12345",
      "a12345678",
      "s-something",
      "",
      "e",
      "en-",
      "-en",
      "en--US",
      "en_US",
      "en-US-",
      "de-419-DE",
      "en-a",
      "en-x",
      "x",
      "en-a-b-c",
      "123",
      "en US",
      "en-abcdefghi",
    ])
      expect(isLanguageTag(s), s).toBe(false);
  });
  it("gives the same answer from its cache", () => {
    for (let i = 0; i < 3; i++) {
      expect(isLanguageTag("en-US")).toBe(true);
      expect(isLanguageTag("something")).toBe(false);
    }
  });
});

describe("isDuration (ISO 8601 with designators)", () => {
  it("accepts the spec's examples and more precision than 0.01 s", () => {
    for (const s of [
      "PT4H35M59.14S",
      "PT16559.14S",
      "P3Y1M29DT4H35M59.14S",
      "P3Y",
      "P4W",
      "PT1H0M0.1S",
      "P1DT12H36M0.12567S",
      "P1D",
      "PT0S",
      "P0.5Y",
      "PT1,5S",
      "P1M",
      "PT1M",
    ])
      expect(isDuration(s), s).toBe(true);
  });
  it("rejects malformed durations, weeks combined with other units and alternative format", () => {
    for (const s of [
      "P4W1D",
      "PA1H0M0S",
      "should fail",
      "P",
      "PT",
      "P1DT",
      "T1H",
      "1H",
      "PT1S1H",
      "P1D1Y",
      "PT1.5H30M",
      "PT.5S",
      "PT1.S",
      "P-1D",
      "p1d",
      "P0003-06-04T12:30:05",
      "P1Y1Y",
      "PT1H ",
      12345,
    ])
      expect(isDuration(s), String(s)).toBe(false);
  });
});

describe("parseTimestamp", () => {
  it("2.0.0 accepts RFC 3339 with any offset and returns the exact instant", () => {
    expect(parseTimestamp("2013-05-18T05:32:34.804Z", "2.0.0")?.toISOString()).toBe(
      "2013-05-18T05:32:34.804Z",
    );
    expect(parseTimestamp("2023-05-04T12:00:00-05:00", "2.0.0")?.toISOString()).toBe(
      "2023-05-04T17:00:00.000Z",
    );
    expect(parseTimestamp("2008-09-15T15:53:00.601+00:00", "2.0.0")?.toISOString()).toBe(
      "2008-09-15T15:53:00.601Z",
    );
    expect(parseTimestamp("2024-01-01T00:30:00+05:45", "2.0.0")?.toISOString()).toBe(
      "2023-12-31T18:45:00.000Z",
    );
    expect(parseTimestamp("2024-02-29t23:59:59.999999z", "2.0.0")?.toISOString()).toBe(
      "2024-02-29T23:59:59.999Z",
    );
    expect(parseTimestamp("2031-12-01T14:33:48.898Z", "2.0.0")).toBeInstanceOf(Date);
  });
  it("2.0.0 rejects ISO 8601 forms outside RFC 3339 and the unknown-offset forms", () => {
    for (const s of [
      "2008-09-15T15:53:00.601-00:00",
      "2008-09-15T15:53:00.601-0000",
      "2008-09-15T15:53:00.601-00",
      "2008-09-15T15:53:00.601+0000",
      "2008-09-15T15:53:00.601+00",
      "2008-09-15T15:53:00.601",
      "2008-09-15T15:53Z",
      "20080915T155300Z",
      "2008-09-15 15:53:00Z",
      "2008-09-15",
      "01/011/2015",
      "should fail",
      "2023-02-29T00:00:00Z",
      "2024-04-31T00:00:00Z",
      "2024-13-01T00:00:00Z",
      "2024-01-01T24:00:00Z",
      "2024-01-01T23:60:00Z",
      "2016-12-31T23:59:60Z",
      "2024-01-01T00:00:00.Z",
      "2024-01-01T00:00:00,5Z",
      "2024-01-01T00:00:00+24:00",
      "2024-01-01T00:00:00Z ",
    ])
      expect(parseTimestamp(s, "2.0.0"), s).toBeUndefined();
  });
  it("1.0.3 also accepts ISO 8601 basic format, no seconds, other offset forms and no offset", () => {
    const iso = (s: string): string | undefined => parseTimestamp(s, "1.0.3")?.toISOString();
    expect(iso("2013-05-18T05:32:34.804Z")).toBe("2013-05-18T05:32:34.804Z");
    expect(iso("2008-09-15T15:53:00.601+0000")).toBe("2008-09-15T15:53:00.601Z");
    expect(iso("2008-09-15T15:53:00.601+02")).toBe("2008-09-15T13:53:00.601Z");
    expect(iso("2008-09-15T15:53:00.601")).toBe("2008-09-15T15:53:00.601Z");
    expect(iso("2008-09-15T15:53Z")).toBe("2008-09-15T15:53:00.000Z");
    expect(iso("20080915T155300Z")).toBe("2008-09-15T15:53:00.000Z");
    expect(iso("20080915T155300,5-0130")).toBe("2008-09-15T17:23:00.500Z");
  });
  it("1.0.3 rejects negative zero offsets and non-ISO strings", () => {
    for (const s of [
      "2008-09-15T15:53:00.601-00:00",
      "2008-09-15T15:53:00.601-0000",
      "2008-09-15T15:53:00.601-00",
      "01/011/2015",
      "should fail",
      "2008-09-15",
      "2008-09-15T15",
      "2008-09-15t15:53:00Z",
    ])
      expect(parseTimestamp(s, "1.0.3"), s).toBeUndefined();
  });
  it("rejects non-strings", () => {
    expect(parseTimestamp(12345, "2.0.0")).toBeUndefined();
    expect(parseTimestamp(null, "1.0.3")).toBeUndefined();
  });
});

describe("normalizeTimestamp", () => {
  it("converts 2.0.0 timestamps to UTC, keeping every fraction digit (at least three)", () => {
    expect(normalizeTimestamp("2013-05-18T05:32:34.804Z", "2.0.0")).toBe(
      "2013-05-18T05:32:34.804Z",
    );
    expect(normalizeTimestamp("2023-05-04T12:00:00-05:00", "2.0.0")).toBe(
      "2023-05-04T17:00:00.000Z",
    );
    expect(normalizeTimestamp("2013-05-18T07:32:34.8+02:00", "2.0.0")).toBe(
      "2013-05-18T05:32:34.800Z",
    );
    expect(normalizeTimestamp("2013-05-18T07:32:34.123456789+02:00", "2.0.0")).toBe(
      "2013-05-18T05:32:34.123456789Z",
    );
    expect(normalizeTimestamp("2024-01-01T00:30:00.5+05:45", "2.0.0")).toBe(
      "2023-12-31T18:45:00.500Z",
    );
    expect(normalizeTimestamp("2024-12-31T23:00:00-01:30", "2.0.0")).toBe(
      "2025-01-01T00:30:00.000Z",
    );
    expect(normalizeTimestamp("2008-09-15t15:53:00+00:00", "2.0.0")).toBe(
      "2008-09-15T15:53:00.000Z",
    );
    expect(normalizeTimestamp("0099-01-01T00:00:00Z", "2.0.0")).toBe("0099-01-01T00:00:00.000Z");
  });
  it("leaves 1.0.3 timestamps (and invalid input) as written", () => {
    expect(normalizeTimestamp("2023-05-04T12:00:00-05:00", "1.0.3")).toBe(
      "2023-05-04T12:00:00-05:00",
    );
    expect(normalizeTimestamp("not a timestamp", "2.0.0")).toBe("not a timestamp");
  });
});

describe("isStatementVersion", () => {
  it("1.0.3 accepts 1.0 and 1.0.x only", () => {
    for (const s of ["1.0", "1.0.0", "1.0.3", "1.0.9", "1.0.10"])
      expect(isStatementVersion(s, "1.0.3"), s).toBe(true);
    for (const s of ["2.0.0", "0.9.9", "1.1.0", "1.0.", "1", "1.0.x", "should fail", "1.0.0.1", 1])
      expect(isStatementVersion(s, "1.0.3"), String(s)).toBe(false);
  });
  it("2.0.0 accepts 2.0.x and, like the 2.0 conformance suite, 1.0.x", () => {
    for (const s of ["2.0", "2.0.0", "2.0.5", "1.0", "1.0.9"])
      expect(isStatementVersion(s, "2.0.0"), s).toBe(true);
    for (const s of ["2.1.0", "3.0.0", "0.9.9", "1.1.0", "should fail"])
      expect(isStatementVersion(s, "2.0.0"), s).toBe(false);
  });
});

describe("isMediaType", () => {
  it("accepts type/subtype with optional parameters", () => {
    for (const s of [
      "text/plain",
      "text/plain; charset=ascii",
      "application/octet-stream",
      "image/svg+xml",
      "application/vnd.ms-excel;x=1",
    ])
      expect(isMediaType(s), s).toBe(true);
  });
  it("rejects anything else", () => {
    for (const s of ["text", "text/", "/plain", "text/plain charset", "text plain", "", 999])
      expect(isMediaType(s), String(s)).toBe(false);
  });
});

describe("format checks stay linear on hostile input", () => {
  it("handles very long strings without backtracking", () => {
    const long = "a".repeat(200_000);
    expect(isIri(`http://${long}`)).toBe(true);
    expect(isIri(`${long}`)).toBe(false);
    expect(isLanguageTag(`${"a-".repeat(50_000)}a`)).toBe(false);
    expect(isDuration(`P${"1".repeat(100_000)}`)).toBe(false);
    expect(isMailtoIri(`mailto:${long}@${"b.".repeat(50_000)}c`)).toBe(true);
    expect(parseTimestamp(`2024-01-01T00:00:00.${"1".repeat(100_000)}Z`, "2.0.0")).toBeUndefined();
  });
});
