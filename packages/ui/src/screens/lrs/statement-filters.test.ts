import { describe, expect, it } from "vitest";
import { chartRows } from "./ingest-chart";
import { filterErrors, filterQuery, NO_STATEMENT_FILTERS } from "./statement-filters";

describe("statement filters", () => {
  it("sends only what was filled in, times as instants", () => {
    expect(filterQuery(NO_STATEMENT_FILTERS)).toEqual({
      actor: undefined,
      verb: undefined,
      activity: undefined,
      since: undefined,
      until: undefined,
      credentialId: undefined,
    });
    const query = filterQuery({
      ...NO_STATEMENT_FILTERS,
      actor: " ana@example.org ",
      since: "2026-03-01T09:30",
    });
    expect(query.actor).toBe("ana@example.org");
    expect(query.since).toBe(new Date("2026-03-01T09:30").toISOString());
  });

  it("names the field of a filter that cannot be used before asking the server", () => {
    expect(filterErrors({ ...NO_STATEMENT_FILTERS, actor: "mbox:mailto:ana@example.org" })).toEqual(
      {},
    );
    expect(filterErrors({ ...NO_STATEMENT_FILTERS, actor: "Ana" })).toEqual({
      actor: expect.stringMatching(/^enter an email/),
    });
    expect(
      filterErrors({
        ...NO_STATEMENT_FILTERS,
        since: "2026-03-02T00:00",
        until: "2026-03-01T00:00",
      }),
    ).toEqual({ until: "must not be before the start" });
  });
});

describe("ingest chart rows", () => {
  it("puts each credential's count under its series key, per bucket", () => {
    const rows = chartRows({
      range: "24h",
      unit: "hour",
      buckets: ["2026-03-10T13:00:00.000Z", "2026-03-10T14:00:00.000Z"],
      series: [
        { credentialId: "a", name: "LMS", isRevoked: false, counts: [3, 0], total: 3 },
        { credentialId: "b", name: "Quiz", isRevoked: true, counts: [1, 2], total: 3 },
      ],
      total: 6,
    });
    expect(rows).toEqual([
      { label: "13:00", s0: 3, s1: 1 },
      { label: "14:00", s0: 0, s1: 2 },
    ]);
  });
});
