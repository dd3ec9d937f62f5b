import { describe, expect, it } from "vitest";
import { normalizeStatement, validateStatement } from "./index";
import { minimalStatement, richStatement, subStatementStatement } from "./test-fixtures";

type TObj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("normalizeStatement", () => {
  it("wraps single contextActivities in arrays, in the statement and in a SubStatement", () => {
    const parent = { id: "https://example.org/parent" };
    const s: TObj = {
      ...minimalStatement(),
      context: {
        registration: "c3c3a5e2-8a44-4c4b-9d5f-1f0e2d3c4b5a",
        contextActivities: {
          parent,
          grouping: [parent],
          other: { id: "https://example.org/other" },
        },
      },
    };
    const out = normalizeStatement(s, "1.0.3") as TObj;
    expect(out.context).toEqual({
      registration: "c3c3a5e2-8a44-4c4b-9d5f-1f0e2d3c4b5a",
      contextActivities: {
        parent: [parent],
        grouping: [parent],
        other: [{ id: "https://example.org/other" }],
      },
    });
    const sub = normalizeStatement(subStatementStatement(), "2.0.0") as TObj;
    expect(sub.object.context.contextActivities.parent).toEqual([
      { id: "https://example.org/site" },
    ]);
    expect(validateStatement(out, { version: "1.0.3" })).toEqual([]);
  });

  it("converts 2.0.0 timestamps and stored to UTC, keeping the instant and the precision", () => {
    const s: TObj = {
      ...subStatementStatement(),
      timestamp: "2023-05-04T12:00:00-05:00",
      stored: "2023-05-04T19:00:00.123456+02:00",
    };
    s.object.timestamp = "2031-12-01T15:33:48.8+01:00";
    const out = normalizeStatement(s, "2.0.0") as TObj;
    expect(out.timestamp).toBe("2023-05-04T17:00:00.000Z");
    expect(out.stored).toBe("2023-05-04T17:00:00.123456Z");
    expect(out.object.timestamp).toBe("2031-12-01T14:33:48.800Z");
    expect(Date.parse(out.timestamp)).toBe(Date.parse(s.timestamp));
  });

  it("keeps 1.0.3 timestamps as written", () => {
    const s: TObj = { ...minimalStatement(), timestamp: "2023-05-04T12:00:00-05:00" };
    expect((normalizeStatement(s, "1.0.3") as TObj).timestamp).toBe("2023-05-04T12:00:00-05:00");
  });

  it("neither adds nor drops properties and does not mutate its input", () => {
    const s = richStatement();
    const before = JSON.stringify(s);
    const out = normalizeStatement(s, "2.0.0");
    expect(JSON.stringify(s)).toBe(before);
    expect(Object.keys(out)).toEqual(Object.keys(s));
    expect(out).not.toBe(s);
    // the rich statement already uses arrays; only the timestamp changes
    expect({ ...out, timestamp: s.timestamp }).toEqual(s);
    expect(out.timestamp).toBe("2024-03-05T09:15:30.123Z");

    const minimal = minimalStatement();
    const normalized = normalizeStatement(minimal, "2.0.0");
    expect(normalized).toEqual(minimal);
    expect(normalized).not.toHaveProperty("id");
    expect(normalized).not.toHaveProperty("stored");
    expect(normalized).not.toHaveProperty("authority");
    expect(normalized).not.toHaveProperty("version");
  });

  it("leaves a SubStatement untouched when it needs no change", () => {
    const s: TObj = subStatementStatement();
    delete s.object.context;
    const out = normalizeStatement(s, "2.0.0") as TObj;
    expect(out.object).toBe(s.object);
  });
});
