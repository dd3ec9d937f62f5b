import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestLrs, makeStatement } from "../testing/harness";

type TResult = { statements: Record<string, unknown>[]; more: string };

describe(`statements resource through the handler on ${testEngine()}`, () => {
  let db: TDatabase;
  let lrs: Awaited<ReturnType<typeof createTestLrs>>;

  beforeAll(async () => {
    db = await openTestDatabase();
    lrs = await createTestLrs(db);
  });
  afterAll(async () => {
    await db.close();
  });

  const post = (body: unknown) => lrs.call("POST", "/statements", { body });
  const get = async (query: string) => {
    const res = await lrs.call("GET", `/statements?${query}`);
    expect(res.status).toBe(200);
    return lrs.json<TResult>(res);
  };

  it("stores a statement with id, stored, timestamp, authority and version, and returns it", async () => {
    const statement = makeStatement();
    const res = await post(statement);
    expect(res.status).toBe(200);
    const [id] = await lrs.json<string[]>(res);
    const got = await lrs.call("GET", `/statements?statementId=${id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get("X-Experience-API-Version")).toBe("2.0.0");
    expect(got.headers.get("X-Experience-API-Consistent-Through")).toMatch(/^\d{4}-/);
    const body = await lrs.json<Record<string, unknown>>(got);
    expect(body).toMatchObject({
      id,
      actor: statement.actor,
      verb: statement.verb,
      version: "2.0.0",
    });
    expect(body.authority).toMatchObject({ objectType: "Agent", account: { name: lrs.main.key } });
    expect(body.stored).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(body.timestamp).toBe(body.stored);
    expect(Date.parse(got.headers.get("Last-Modified")!)).toBe(
      Math.floor(Date.parse(body.stored as string) / 1000) * 1000,
    );
  });

  it("PUT stores under the statementId, and the same statement again changes nothing", async () => {
    const id = randomUUID();
    const statement = makeStatement();
    expect(
      (await lrs.call("PUT", `/statements?statementId=${id}`, { body: statement })).status,
    ).toBe(204);
    expect(
      (await lrs.call("PUT", `/statements?statementId=${id}`, { body: statement })).status,
    ).toBe(204);
    expect((await post({ ...statement, id })).status).toBe(200);
    const rows = await db.sql.query("SELECT 1 FROM lrs_statements WHERE id = $1::uuid", [id]);
    expect(rows).toHaveLength(1);
  });

  it("refuses a different statement under a known id with 409 and keeps the first", async () => {
    const id = randomUUID();
    await lrs.call("PUT", `/statements?statementId=${id}`, { body: makeStatement() });
    const res = await lrs.call("PUT", `/statements?statementId=${id}`, { body: makeStatement() });
    expect(res.status).toBe(409);
    expect((await lrs.json<{ error: { message: string } }>(res)).error.message).toContain(id);
  });

  it("stores a batch whole or not at all, naming the bad statement and property", async () => {
    const good = makeStatement();
    const bad = makeStatement({ actor: { mbox: "ana@example.org" } });
    const res = await post([good, bad]);
    expect(res.status).toBe(400);
    const { error } = await lrs.json<{ error: { message: string } }>(res);
    expect(error.message).toMatch(/^statements\[1\]\.actor\.mbox: /);
    const actor = (good.actor as { mbox: string }).mbox;
    const found = await get(`agent=${encodeURIComponent(JSON.stringify({ mbox: actor }))}`);
    expect(found.statements).toHaveLength(0);
  });

  it("refuses a batch that uses one id twice", async () => {
    const id = randomUUID();
    const res = await post([makeStatement({ id }), makeStatement({ id })]);
    expect(res.status).toBe(400);
    expect((await lrs.json<{ error: { message: string } }>(res)).error.message).toContain(
      "statements[1].id",
    );
  });

  it("hands out strictly increasing stored values: each batch in order, batches never interleaved", async () => {
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => post(Array.from({ length: 20 }, () => makeStatement()))),
    );
    const ranges: [string, string][] = [];
    for (const res of responses) {
      expect(res.status).toBe(200);
      const ids = await lrs.json<string[]>(res);
      const rows = await db.sql.query<{ id: string; stored: string }>(
        `SELECT id::text, to_char(stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS stored
           FROM lrs_statements WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const stored = ids.map((id) => rows.find((r) => r.id === id)!.stored);
      for (let i = 1; i < stored.length; i++) expect(stored[i]! > stored[i - 1]!).toBe(true);
      ranges.push([stored[0]!, stored[stored.length - 1]!]);
    }
    ranges.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0] > ranges[i - 1]![1]).toBe(true);
  });

  it("filters by agent, verb, activity, registration and their related forms", async () => {
    const registration = randomUUID();
    const instructor = { mbox: `mailto:coach-${randomUUID()}@example.org` };
    const parent = `https://courses.example.org/programme/${randomUUID()}`;
    const verb = `https://xroi.example/verbs/${randomUUID()}`;
    const s = makeStatement({
      verb: { id: verb },
      context: { registration, instructor, contextActivities: { parent: { id: parent } } },
    });
    await post(s);
    const actor = JSON.stringify({ mbox: (s.actor as { mbox: string }).mbox });
    const activity = (s.object as { id: string }).id;
    const count = async (q: string) => (await get(q)).statements.length;
    expect(await count(`agent=${encodeURIComponent(actor)}`)).toBe(1);
    expect(await count(`verb=${encodeURIComponent(verb)}`)).toBe(1);
    expect(await count(`activity=${encodeURIComponent(activity)}`)).toBe(1);
    expect(await count(`registration=${registration}`)).toBe(1);
    expect(await count(`agent=${encodeURIComponent(JSON.stringify(instructor))}`)).toBe(0);
    expect(
      await count(`agent=${encodeURIComponent(JSON.stringify(instructor))}&related_agents=true`),
    ).toBe(1);
    expect(await count(`activity=${encodeURIComponent(parent)}`)).toBe(0);
    expect(await count(`activity=${encodeURIComponent(parent)}&related_activities=true`)).toBe(1);
    expect(await count(`verb=${encodeURIComponent(verb)}&registration=${randomUUID()}`)).toBe(0);
  });

  it("voids a statement: gone from queries and statementId, found by voidedStatementId; a voiding statement is never voided", async () => {
    const verb = `https://xroi.example/verbs/${randomUUID()}`;
    const [target] = await lrs.json<string[]>(await post(makeStatement({ verb: { id: verb } })));
    const voiding = makeStatement({
      verb: { id: "http://adlnet.gov/expapi/verbs/voided" },
      object: { objectType: "StatementRef", id: target },
    });
    const [voidingId] = await lrs.json<string[]>(await post(voiding));
    expect((await lrs.call("GET", `/statements?statementId=${target}`)).status).toBe(404);
    expect((await lrs.call("GET", `/statements?voidedStatementId=${target}`)).status).toBe(200);
    // The voiding statement matches the voided statement's verb (it targets it).
    const byVerb = await get(`verb=${encodeURIComponent(verb)}`);
    expect(byVerb.statements.map((x) => x.id)).toEqual([voidingId]);
    await post(
      makeStatement({
        verb: { id: "http://adlnet.gov/expapi/verbs/voided" },
        object: { objectType: "StatementRef", id: voidingId },
      }),
    );
    expect((await lrs.call("GET", `/statements?statementId=${voidingId}`)).status).toBe(200);
  });

  it("voids a statement that arrives after its voiding statement", async () => {
    const late = randomUUID();
    await post(
      makeStatement({
        verb: { id: "http://adlnet.gov/expapi/verbs/voided" },
        object: { objectType: "StatementRef", id: late },
      }),
    );
    expect((await post(makeStatement({ id: late }))).status).toBe(200);
    expect((await lrs.call("GET", `/statements?statementId=${late}`)).status).toBe(404);
    expect((await lrs.call("GET", `/statements?voidedStatementId=${late}`)).status).toBe(200);
  });

  it("pages with more links that neither skip nor repeat while others insert", async () => {
    const verb = `https://xroi.example/verbs/${randomUUID()}`;
    const ids = await lrs.json<string[]>(
      await post(Array.from({ length: 7 }, () => makeStatement({ verb: { id: verb } }))),
    );
    const seen: string[] = [];
    let page = await get(`verb=${encodeURIComponent(verb)}&limit=3&ascending=true`);
    for (;;) {
      seen.push(...page.statements.map((s) => s.id as string));
      await post(makeStatement({ verb: { id: verb } })); // arrives while the client pages
      if (!page.more) break;
      expect(page.more).toMatch(/^\/xapi\/statements\?more=/);
      const res = await lrs.call("GET", page.more.slice("/xapi".length));
      expect(res.status).toBe(200);
      page = await lrs.json<TResult>(res);
    }
    expect(seen.slice(0, 7)).toEqual(ids);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("answers since, until, limit and ascending", async () => {
    const verb = `https://xroi.example/verbs/${randomUUID()}`;
    const [a, b, c] = await lrs.json<string[]>(
      await post([1, 2, 3].map(() => makeStatement({ verb: { id: verb } }))),
    );
    const all = await get(`verb=${encodeURIComponent(verb)}`);
    expect(all.statements.map((s) => s.id)).toEqual([c, b, a]);
    const storedB = all.statements[1]!.stored as string;
    const since = await get(
      `verb=${encodeURIComponent(verb)}&since=${encodeURIComponent(storedB)}&ascending=true`,
    );
    expect(since.statements.map((s) => s.id)).toEqual([c]);
    const until = await get(
      `verb=${encodeURIComponent(verb)}&until=${encodeURIComponent(storedB)}&limit=1`,
    );
    expect(until.statements.map((s) => s.id)).toEqual([b]);
  });

  it("returns ids and canonical formats", async () => {
    const s = makeStatement();
    const [id] = await lrs.json<string[]>(await post(s));
    const ids = await lrs.json<Record<string, Record<string, unknown>>>(
      await lrs.call("GET", `/statements?statementId=${id}&format=ids`),
    );
    expect(ids.actor).toEqual({ objectType: "Agent", mbox: (s.actor as { mbox: string }).mbox });
    expect(ids.verb).toEqual({ id: "http://adlnet.gov/expapi/verbs/completed" });
    expect(ids.object).toEqual({ id: (s.object as { id: string }).id });
    const canonical = await lrs.json<Record<string, Record<string, Record<string, unknown>>>>(
      await lrs.call("GET", `/statements?statementId=${id}&format=canonical`, {
        headers: { "Accept-Language": "de" },
      }),
    );
    expect(canonical.verb!.display).toEqual({ "de-DE": "abgeschlossen" });
    expect(canonical.object!.definition!.name).toEqual({ "de-DE": "Exportbereitschaft" });
  });

  it("refuses bad parameters by name", async () => {
    const cases: [string, RegExp][] = [
      ["verb=not-an-iri", /^verb: must be an IRI/],
      ["registration=nope", /^registration: must be a UUID/],
      ["since=yesterday", /^since: /],
      ["limit=-1", /^limit: /],
      ["Verb=http://x.org/v", /^Verb: .*case-sensitive/],
      [`statementId=${randomUUID()}&verb=http://x.org/v`, /^verb: is not a parameter/],
      ["agent=%7Bbad", /^agent: must be JSON/],
      ["more=garbage", /^more: /],
    ];
    for (const [query, message] of cases) {
      const res = await lrs.call("GET", `/statements?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("X-Experience-API-Consistent-Through"), query).toBeTruthy();
      expect((await lrs.json<{ error: { message: string } }>(res)).error.message, query).toMatch(
        message,
      );
    }
  });
});
