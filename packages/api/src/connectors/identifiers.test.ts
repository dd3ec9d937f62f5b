import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { lrs } from "@xroi/core";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { serveFetchHandler } from "@xroi/lrs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIdentifiersConnector } from "./identifiers";

const id = (kind: string, value: string) => ({ kind, value });
const basic = (key: string, secret: string) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

describe(`the ID-mapping connector endpoint over HTTP on ${testEngine()}`, () => {
  let db: TDatabase;
  let server: Server;
  let url = "";
  let connector = "";
  let xapiOnly = "";
  let revokedKey = "";

  const post = (body: unknown, auth: string, query = "", type = "application/json") =>
    fetch(`${url}${query}`, {
      method: "POST",
      headers: { authorization: auth, "content-type": type },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const count = async (table: string) =>
    (await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

  beforeAll(async () => {
    db = await openTestDatabase();
    const make = async (name: string, scopes: ("identifiers/write" | "all")[]) => {
      const c = await lrs.createCredential(db.prisma, null, { name, scopes });
      return { auth: basic(c.key, c.secret), key: c.key };
    };
    connector = (await make("Chamber CRM sync", ["identifiers/write"])).auth;
    xapiOnly = (await make("LMS xAPI", ["all"])).auth;
    const revoked = await make("Old sync", ["identifiers/write"]);
    revokedKey = revoked.auth;
    await lrs.revokeCredential(db.prisma, null, revoked.key);
    server = await serveFetchHandler(createIdentifiersConnector({ db }), { port: 0 });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/connectors/identifiers`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  });

  it("applies a batch all at once, names it after the credential, and resolves waiting actors", async () => {
    await db.sql.query(
      "INSERT INTO lrs_actors (actor_ifi, first_stored) VALUES ('mbox:mailto:ana@example.org', now())",
    );
    const rows = [
      { name: "Ana Lima", identifiers: [id("email", "Ana@Example.org"), id("contact_id", "C-1")] },
      { name: "Bo Berg", identifiers: [id("email", "bo@example.org"), id("contact_id", "C-2")] },
    ];
    const res = await post({ system: "crm", rows }, connector);
    expect(res.status).toBe(200);
    const report = (await res.json()) as { applied: boolean; counts: { new: number } };
    expect(report).toMatchObject({ applied: true, counts: { new: 2 }, actorsResolved: 1 });
    const [batch] = await db.sql.query<{ file: string; by: string }>(
      `SELECT file_name AS file, imported_by AS by FROM identity_imports ORDER BY imported_at DESC LIMIT 1`,
    );
    expect(batch).toEqual({
      file: "Chamber CRM sync",
      by: expect.stringMatching(/^credential:xroi_/),
    });
  });

  it("dry-runs without writing", async () => {
    const before = await count("person_identifiers");
    const res = await post(
      {
        system: "lms",
        rows: [{ identifiers: [id("email", "cy@example.org"), id("user_id", "u-3")] }],
      },
      connector,
      "?dryRun=true",
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ applied: false, counts: { new: 1 } });
    expect(await count("person_identifiers")).toBe(before);
  });

  it("refuses a batch with a conflicting row with every problem by row, writing nothing", async () => {
    const before = await count("people");
    const res = await post(
      {
        system: "crm",
        rows: [
          { name: "Di New", identifiers: [id("email", "di@example.org"), id("contact_id", "C-4")] },
          // Bo's e-mail and Ana's contact id: two people in one row.
          { name: "Bo?", identifiers: [id("email", "bo@example.org"), id("contact_id", "C-1")] },
          { name: "Nobody", identifiers: [] },
        ],
      },
      connector,
    );
    expect(res.status).toBe(422);
    const report = (await res.json()) as { applied: boolean; problems: { line: number }[] };
    expect(report.applied).toBe(false);
    expect([...new Set(report.problems.map((p) => p.line))].sort()).toEqual([2, 3]);
    expect(await count("people")).toBe(before);
  });

  it("names the field when the batch itself is malformed", async () => {
    const bad = await post({ system: "myspace", rows: [] }, connector);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string; fields: Record<string, string> };
    expect(Object.keys(body.fields).sort()).toEqual(["rows", "system"]);
    expect(body.error).toMatch(/system: must be one of/);
    const notJson = await post("{rows:", connector);
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: "body: is not valid JSON" });
    expect((await post({ rows: [] }, connector, "", "text/csv")).status).toBe(415);
  });

  it("lets in only live credentials holding identifiers/write, never through the xAPI 'all'", async () => {
    const batch = { system: "crm", rows: [{ identifiers: [id("email", "eve@example.org")] }] };
    const none = await fetch(url, { method: "POST", body: JSON.stringify(batch) });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Basic/);
    expect((await post(batch, basic("xroi_nobody", "wrong"))).status).toBe(401);
    expect((await post(batch, revokedKey)).status).toBe(401);
    const xapi = await post(batch, xapiOnly);
    expect(xapi.status).toBe(403);
    expect(await xapi.json()).toEqual({
      error: "this credential may not send ID mappings; it needs the scope identifiers/write",
    });
    expect((await fetch(url, { headers: { authorization: connector } })).status).toBe(405);
    const eve = await db.sql.query(
      "SELECT 1 FROM person_identifiers WHERE match_key = 'eve@example.org'",
    );
    expect(eve).toEqual([]);
  });
});
