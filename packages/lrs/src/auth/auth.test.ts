import { lrs as core } from "@xroi/core";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestLrs, eventually, makeStatement } from "../testing/harness";

type TError = { error: { status: number; message: string } };

describe(`credentials and scopes on ${testEngine()}`, () => {
  let db: TDatabase;
  let lrs: Awaited<ReturnType<typeof createTestLrs>>;

  beforeAll(async () => {
    db = await openTestDatabase();
    lrs = await createTestLrs(db, { maxBodyBytes: 4096 });
  });
  afterAll(async () => {
    await db.close();
  });

  it("keeps only a hash of the secret", async () => {
    const row = await db.prisma.lrsCredential.findUniqueOrThrow({ where: { key: lrs.main.key } });
    expect(row.secretHash).not.toContain(lrs.main.secret);
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers 401 with WWW-Authenticate without credentials, with a wrong secret or an unknown key", async () => {
    const wrong = `Basic ${Buffer.from(`${lrs.main.key}:not-the-secret`).toString("base64")}`;
    const unknown = `Basic ${Buffer.from("nobody:x").toString("base64")}`;
    for (const auth of [null, wrong, unknown, "Bearer abc", "Basic !!!"]) {
      const res = await lrs.call("GET", "/statements", { auth });
      expect(res.status, String(auth)).toBe(401);
      expect(res.headers.get("WWW-Authenticate")).toMatch(/^Basic realm=/);
    }
  });

  it("lets /about through without credentials or version", async () => {
    const res = await lrs.call("GET", "/about", { auth: null, version: null });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: ["2.0.0", "1.0.3"] });
  });

  it("refuses a revoked credential", async () => {
    const tool = await lrs.credential(["all"], "soon revoked");
    expect((await lrs.call("GET", "/statements", { auth: tool.auth })).status).toBe(200);
    await core.revokeCredential(db.prisma, null, tool.key);
    expect((await lrs.call("GET", "/statements", { auth: tool.auth })).status).toBe(401);
  });

  it("answers 403 naming the scopes that would do, for each resource", async () => {
    const writer = await lrs.credential(["statements/write"], "writer");
    const reader = await lrs.credential(["all/read"], "reader");
    const stateOnly = await lrs.credential(["state"], "state only");
    const cases: [string, string, string, object | undefined][] = [
      [writer.auth, "GET", "/statements", undefined],
      [reader.auth, "POST", "/statements", makeStatement()],
      [stateOnly.auth, "POST", "/statements", makeStatement()],
      [
        writer.auth,
        "GET",
        `/activities/state?activityId=http://x.org/a&agent=${encodeURIComponent('{"mbox":"mailto:a@b.org"}')}`,
        undefined,
      ],
      [
        stateOnly.auth,
        "GET",
        `/agents/profile?agent=${encodeURIComponent('{"mbox":"mailto:a@b.org"}')}`,
        undefined,
      ],
      [writer.auth, "GET", "/export", undefined],
    ];
    for (const [auth, method, path, body] of cases) {
      const res = await lrs.call(method, path, { auth, body });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect((await lrs.json<TError>(res)).error.message).toMatch(/needs one of the scopes/);
    }
    expect(
      (await lrs.call("POST", "/statements", { auth: writer.auth, body: makeStatement() })).status,
    ).toBe(200);
    expect((await lrs.call("GET", "/statements", { auth: reader.auth })).status).toBe(200);
  });

  it("statements/read/mine sees only what its own credential wrote", async () => {
    const mine = await lrs.credential(["statements/write", "statements/read/mine"], "mine");
    const [own] = await lrs.json<string[]>(
      await lrs.call("POST", "/statements", { auth: mine.auth, body: makeStatement() }),
    );
    const [other] = await lrs.json<string[]>(
      await lrs.call("POST", "/statements", { body: makeStatement() }),
    );
    const list = await lrs.json<{ statements: { id: string }[] }>(
      await lrs.call("GET", "/statements", { auth: mine.auth }),
    );
    expect(list.statements.map((s) => s.id)).toEqual([own]);
    expect(
      (await lrs.call("GET", `/statements?statementId=${other}`, { auth: mine.auth })).status,
    ).toBe(404);
  });

  it("requires a supported X-Experience-API-Version and answers in the request's version", async () => {
    const missing = await lrs.call("GET", "/statements", { version: null });
    expect(missing.status).toBe(400);
    expect((await lrs.json<TError>(missing)).error.message).toMatch(/^X-Experience-API-Version: /);
    expect((await lrs.call("GET", "/statements", { version: "0.95" })).status).toBe(400);
    const old = await lrs.call("GET", "/statements", { version: "1.0.3" });
    expect(old.headers.get("X-Experience-API-Version")).toBe("1.0.3");
  });

  it("answers 413 above the body limit, and records refusals with their reasons", async () => {
    const big = makeStatement({ result: { response: "x".repeat(5000) } });
    const res = await lrs.call("POST", "/statements", { body: big });
    expect(res.status).toBe(413);
    await lrs.call("POST", "/statements", { body: makeStatement({ verb: { id: "not an iri" } }) });
    // The log is written after the answer; wait for it.
    const rows = await eventually(async () => {
      const found = await db.sql.query<{
        status: number;
        message: string;
        credential_id: string | null;
      }>("SELECT status, message, credential_id::text FROM lrs_rejections ORDER BY id");
      return found.some((r) => r.message.startsWith("verb.id: ")) ? found : undefined;
    });
    expect(rows.some((r) => r.status === 413)).toBe(true);
    expect(rows.some((r) => r.status === 400 && r.message.startsWith("verb.id: "))).toBe(true);
    expect(rows.some((r) => r.status === 401 && r.credential_id === null)).toBe(true);
  });

  it("answers a CORS preflight and exposes the xAPI headers", async () => {
    const res = await lrs.call("OPTIONS", "/statements", { auth: null, version: null });
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Headers")).toContain("X-Experience-API-Version");
    const get = await lrs.call("GET", "/statements");
    expect(get.headers.get("Access-Control-Expose-Headers")).toContain(
      "X-Experience-API-Consistent-Through",
    );
  });
});
