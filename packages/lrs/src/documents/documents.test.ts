import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestLrs } from "../testing/harness";

type TError = { error: { message: string } };

describe(`document resources on ${testEngine()}`, () => {
  let db: TDatabase;
  let lrs: Awaited<ReturnType<typeof createTestLrs>>;
  beforeAll(async () => {
    db = await openTestDatabase();
    lrs = await createTestLrs(db);
  });
  afterAll(async () => {
    await db.close();
  });

  const agent = () =>
    encodeURIComponent(JSON.stringify({ mbox: `mailto:${randomUUID()}@example.org` }));
  const activity = () => encodeURIComponent(`https://courses.example.org/${randomUUID()}`);

  it("stores, merges, lists and deletes state, with ETags and Last-Modified", async () => {
    const base = `/activities/state?activityId=${activity()}&agent=${agent()}`;
    expect(
      (await lrs.call("PUT", `${base}&stateId=progress`, { body: { page: 3, bookmark: "a" } }))
        .status,
    ).toBe(204);
    expect(
      (await lrs.call("POST", `${base}&stateId=progress`, { body: { page: 4, done: false } }))
        .status,
    ).toBe(204);
    const got = await lrs.call("GET", `${base}&stateId=progress`);
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual({ page: 4, bookmark: "a", done: false });
    expect(got.headers.get("ETag")).toMatch(/^"[0-9a-f]{40}"$/);
    expect(got.headers.get("Last-Modified")).toBeTruthy();
    await lrs.call("PUT", `${base}&stateId=notes`, {
      raw: "plain words",
      contentType: "text/plain",
      headers: { "If-None-Match": "*" },
    });
    expect(await (await lrs.call("GET", base)).json()).toEqual(["notes", "progress"]);
    const notes = await lrs.call("GET", `${base}&stateId=notes`);
    expect(notes.headers.get("Content-Type")).toBe("text/plain");
    expect(await notes.text()).toBe("plain words");
    expect((await lrs.call("DELETE", base)).status).toBe(204);
    expect(await (await lrs.call("GET", base)).json()).toEqual([]);
    expect((await lrs.call("GET", `${base}&stateId=progress`)).status).toBe(404);
  });

  it("keeps registrations apart", async () => {
    const base = `/activities/state?activityId=${activity()}&agent=${agent()}&stateId=s`;
    const r1 = randomUUID();
    await lrs.call("PUT", `${base}&registration=${r1}`, { body: { r: 1 } });
    expect((await lrs.call("GET", `${base}&registration=${randomUUID()}`)).status).toBe(404);
    expect(await (await lrs.call("GET", `${base}&registration=${r1}`)).json()).toEqual({ r: 1 });
  });

  it("enforces If-Match and If-None-Match, and refuses a blind PUT over an existing document", async () => {
    const url = `/activities/profile?activityId=${activity()}&profileId=p`;
    expect((await lrs.call("PUT", url, { body: { v: 1 } })).status).toBe(204);
    const etag = (await lrs.call("GET", url)).headers.get("ETag")!;
    const blind = await lrs.call("PUT", url, { body: { v: 2 } });
    expect(blind.status).toBe(409);
    expect((await lrs.json<TError>(blind)).error.message).toMatch(/If-Match/);
    expect(
      (await lrs.call("PUT", url, { body: { v: 2 }, headers: { "If-Match": '"stale"' } })).status,
    ).toBe(412);
    expect(
      (await lrs.call("PUT", url, { body: { v: 2 }, headers: { "If-None-Match": "*" } })).status,
    ).toBe(412);
    expect(
      (await lrs.call("PUT", url, { body: { v: 2 }, headers: { "If-Match": etag } })).status,
    ).toBe(204);
    expect(await (await lrs.call("GET", url)).json()).toEqual({ v: 2 });
    expect((await lrs.call("DELETE", url, { headers: { "If-Match": etag } })).status).toBe(412);
  });

  it("in 1.0.3 a profile PUT must say what it expects", async () => {
    const url = `/agents/profile?agent=${agent()}&profileId=p`;
    expect((await lrs.call("PUT", url, { body: { a: 1 }, version: "1.0.3" })).status).toBe(400);
    expect(
      (
        await lrs.call("PUT", url, {
          body: { a: 1 },
          version: "1.0.3",
          headers: { "If-None-Match": "*" },
        })
      ).status,
    ).toBe(204);
  });

  it("refuses to merge anything but JSON objects, and bad parameters by name", async () => {
    const url = `/agents/profile?agent=${agent()}&profileId=p`;
    await lrs.call("PUT", url, { raw: "text", contentType: "text/plain" });
    const merge = await lrs.call("POST", url, { body: { a: 1 } });
    expect(merge.status).toBe(400);
    expect(await (await lrs.call("GET", url)).text()).toBe("text");
    const cases: [string, RegExp][] = [
      [`/activities/state?agent=${agent()}&stateId=s`, /^activityId: is required/],
      [`/activities/state?activityId=${activity()}&agent=%7B%7D&stateId=s`, /^agent: /],
      [
        `/activities/state?activityId=${activity()}&agent=${agent()}&stateId=s&registration=x`,
        /^registration: must be a UUID/,
      ],
      [`/activities/state?activityId=${activity()}&agent=${agent()}&since=soon`, /^since: /],
      [`/activities/profile?activityId=not%20an%20iri&profileId=p`, /^activityId: must be an IRI/],
      [
        `/agents/profile?agent=${agent()}&profileId=p&activityId=x`,
        /^activityId: is not a parameter/,
      ],
    ];
    for (const [path, message] of cases) {
      const res = await lrs.call("GET", path);
      expect(res.status, path).toBe(400);
      expect((await lrs.json<TError>(res)).error.message, path).toMatch(message);
    }
  });

  it("describes activities and agents", async () => {
    const id = `https://courses.example.org/${randomUUID()}`;
    await lrs.call("POST", "/statements", {
      body: {
        actor: { mbox: "mailto:a@example.org" },
        verb: { id: "http://adlnet.gov/expapi/verbs/attempted" },
        object: { id, definition: { name: { "en-US": "Pricing" } } },
      },
    });
    await lrs.call("POST", "/statements", {
      body: {
        actor: { mbox: "mailto:a@example.org" },
        verb: { id: "http://adlnet.gov/expapi/verbs/attempted" },
        object: { id, definition: { name: { "fr-FR": "Tarification" } } },
      },
    });
    const activityRes = await lrs.call("GET", `/activities?activityId=${encodeURIComponent(id)}`);
    expect(await activityRes.json()).toEqual({
      objectType: "Activity",
      id,
      definition: { name: { "en-US": "Pricing", "fr-FR": "Tarification" } },
    });
    const unknown = await lrs.call("GET", `/activities?activityId=${activity()}`);
    expect(unknown.status).toBe(200);
    const person = await lrs.call(
      "GET",
      `/agents?agent=${encodeURIComponent('{"name":"Ana","mbox":"mailto:ana@example.org"}')}`,
    );
    expect(await person.json()).toEqual({
      objectType: "Person",
      name: ["Ana"],
      mbox: ["mailto:ana@example.org"],
    });
  });
});
