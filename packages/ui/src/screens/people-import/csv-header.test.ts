import { describe, expect, it } from "vitest";
import { csvHeader } from "./csv-header";

describe("csvHeader", () => {
  it("reads the first record only, quotes and a byte order mark included", () => {
    expect(csvHeader('\uFEFFName, "E-mail" ,"Team, unit","Say ""hi"""\r\nAna,a@x.org,,\n')).toEqual(
      ["Name", "E-mail", "Team, unit", 'Say "hi"'],
    );
    expect(csvHeader('"two\nlines",b\nx,y')).toEqual(["two\nlines", "b"]);
  });
  it("gives nothing for an empty file", () => {
    expect(csvHeader("")).toEqual([]);
    expect(csvHeader("\n\n")).toEqual([]);
  });
});
