import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import Papa from "papaparse";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestLrs, makeStatement } from "../testing/harness";
import { CSV_COLUMNS } from "./csv-columns";

describe(`export API on ${testEngine()}`, () => {
  let db: TDatabase;
  let lrs: Awaited<ReturnType<typeof createTestLrs>>;
  const verb = `https://xroi.example/verbs/${randomUUID()}`;
  const ids: string[] = [];
  beforeAll(async () => {
    db = await openTestDatabase();
    lrs = await createTestLrs(db);
    // More than one page (2,000) so the stream crosses pages.
    for (let i = 0; i < 3; i++) {
      const batch = Array.from({ length: 900 }, (_, j) =>
        makeStatement({
          verb: { id: verb },
          result: { success: j % 2 === 0, score: { scaled: 0.5 } },
        }),
      );
      ids.push(
        ...(await lrs.json<string[]>(await lrs.call("POST", "/statements", { body: batch }))),
      );
    }
    await lrs.call("POST", "/statements", { body: makeStatement() }); // another verb: filtered out
  });
  afterAll(async () => {
    await db.close();
  });

  it("streams every matching statement oldest first as NDJSON", async () => {
    const res = await lrs.call("GET", `/export?verb=${encodeURIComponent(verb)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("application/x-ndjson");
    const lines = (await res.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string });
    expect(lines.map((l) => l.id)).toEqual(ids);
  });

  it("resumes after the cursor without skipping or repeating", async () => {
    const all = (await (await lrs.call("GET", `/export?verb=${encodeURIComponent(verb)}`)).text())
      .trimEnd()
      .split("\n");
    const cut = JSON.parse(all[1234]!) as { stored: string };
    const rest = (
      await (
        await lrs.call(
          "GET",
          `/export?verb=${encodeURIComponent(verb)}&cursor=${encodeURIComponent(cut.stored)}`,
        )
      ).text()
    )
      .trimEnd()
      .split("\n");
    expect(rest).toEqual(all.slice(1235));
  });

  it("writes CSV with the documented columns", async () => {
    const res = await lrs.call("GET", `/export?verb=${encodeURIComponent(verb)}&format=csv`);
    expect(res.headers.get("Content-Type")).toContain("text/csv");
    const parsed = Papa.parse<Record<string, string>>(await res.text(), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(parsed.data).toHaveLength(ids.length);
    expect(parsed.data[0]).toMatchObject({
      id: ids[0],
      verb,
      success: "true",
      score_scaled: "0.5",
      object_type: "Activity",
    });
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const name = '=HYPERLINK("http://evil.example")';
    const s = makeStatement({ verb: { id: `${verb}/formula` } });
    (s.actor as Record<string, unknown>).name = name;
    await lrs.call("POST", "/statements", { body: s });
    const text = await (
      await lrs.call("GET", `/export?verb=${encodeURIComponent(`${verb}/formula`)}&format=csv`)
    ).text();
    const row = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
      .data[0]!;
    expect(row.actor_name).toBe(`'${name}`);
  });

  it("refuses an unknown format or parameter by name", async () => {
    const bad = await lrs.call("GET", "/export?format=xml");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /^format: must be ndjson or csv/,
    );
    expect((await lrs.call("GET", "/export?statementId=x")).status).toBe(400);
  });
});
