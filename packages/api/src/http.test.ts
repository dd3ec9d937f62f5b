import { createUser, skills } from "@xroi/core";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type TAuth } from "./auth/create-auth";
import { createSignInThrottle } from "./auth/sign-in-throttle";
import { csrfRejection, handleAuthRequest, handleTrpcRequest } from "./http";

const ORIGIN = "http://localhost:3000";
const json = { "content-type": "application/json", origin: ORIGIN };

describe(`tRPC over HTTP on ${testEngine()}`, () => {
  let db: TDatabase;
  let frameworkId = "";
  let auth: TAuth;
  let adminCookie = "";
  let viewerCookie = "";
  const trpc = (path: string, init: RequestInit = {}) =>
    handleTrpcRequest(new Request(`${ORIGIN}/api/trpc/${path}`, init), {
      db: db.prisma,
      auth,
      endpoint: "/api/trpc",
    });
  const mutate = (
    path: string,
    input: unknown,
    cookie: string,
    headers: Record<string, string> = json,
  ) =>
    trpc(path, {
      method: "POST",
      headers: { ...headers, cookie },
      body: JSON.stringify(superjson.serialize(input)),
    });
  const signIn = async (email: string, password: string) => {
    const res = await handleAuthRequest(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ email, password }),
      }),
      auth,
    );
    expect(res.status).toBe(200);
    return res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    auth = createAuth(db.prisma, {
      secret: "y".repeat(32),
      throttle: createSignInThrottle({ baseDelayMs: 1 }),
    });
    await createUser(db.prisma, null, {
      email: "admin@t.local",
      name: "Ad",
      role: "admin",
      password: "admin password!",
    });
    await createUser(db.prisma, null, {
      email: "viewer@t.local",
      name: "Vi",
      role: "viewer",
      password: "viewer password",
    });
    ({ id: frameworkId } = await skills.createFramework(db.prisma, null, {
      name: "HTTP tests",
      levels: [{ level: 1, name: "Aware" }],
    }));
    adminCookie = await signIn("admin@t.local", "admin password!");
    viewerCookie = await signIn("viewer@t.local", "viewer password");
  });
  afterAll(async () => db.close());

  it("answers the health check to anyone and refuses protected queries without a session", async () => {
    expect((await trpc("health.check")).status).toBe(200);
    const res = await trpc(
      "skills.list?input=" + encodeURIComponent(JSON.stringify(superjson.serialize({}))),
    );
    expect(res.status).toBe(401);
    expect((await res.json()).error.json.message).toBe("Sign in to continue.");
  });

  it("explains bad input by field, with no stack trace", async () => {
    const res = await mutate(
      "skills.create",
      { frameworkId, name: "x", description: "y".repeat(4001) },
      adminCookie,
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.json.message).toBe(
      "name: must be at least 2 characters; description: must be at most 4000 characters",
    );
    expect(body.error.json.data.fieldErrors).toEqual({
      name: "must be at least 2 characters",
      description: "must be at most 4000 characters",
    });
    expect(body.error.json.data.stack).toBeUndefined();
  });

  it("returns FORBIDDEN with the role needed, and CONFLICT naming the field", async () => {
    const forbidden = await mutate("skills.create", { frameworkId, name: "Pricing" }, viewerCookie);
    expect(forbidden.status).toBe(403);
    const body = await forbidden.json();
    expect(body.error.json.message).toBe("This needs the Admin role; you are signed in as Viewer.");
    expect(JSON.stringify(body)).not.toMatch(/stack|at \w+ \(/);

    expect(
      (await mutate("skills.create", { frameworkId, name: "Pricing" }, adminCookie)).status,
    ).toBe(200);
    const conflict = await (
      await mutate("skills.create", { frameworkId, name: "pricing" }, adminCookie)
    ).json();
    expect(conflict.error.json.data).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: 'a skill named "pricing" is already in this group' },
    });
  });

  it("refuses cross-site and non-JSON state-changing requests before they reach a procedure", async () => {
    const before = await db.prisma.skill.count();
    const foreign = await mutate("skills.create", { frameworkId, name: "Forged" }, adminCookie, {
      ...json,
      origin: "https://evil.example",
    });
    expect(foreign.status).toBe(403);
    const form = await mutate("skills.create", { frameworkId, name: "Forged" }, adminCookie, {
      "content-type": "text/plain",
    });
    expect(form.status).toBe(403);
    const crossSite = await mutate("skills.create", { frameworkId, name: "Forged" }, adminCookie, {
      ...json,
      "sec-fetch-site": "cross-site",
    });
    expect(crossSite.status).toBe(403);
    expect(await db.prisma.skill.count()).toBe(before);
    const forgedLogin = await handleAuthRequest(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { ...json, origin: "https://evil.example" },
        body: JSON.stringify({ email: "admin@t.local", password: "admin password!" }),
      }),
      auth,
    );
    expect(forgedLogin.status).toBe(403);
  });
});

describe("csrfRejection", () => {
  const req = (headers: Record<string, string>, method = "POST") =>
    new Request("http://localhost:3000/api/trpc/x", {
      method,
      headers: { "content-type": "application/json", ...headers },
    });

  it("compares the Origin with the host the browser addressed, not the name the server binds to", () => {
    expect(
      csrfRejection(req({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" })),
    ).toBeUndefined();
    expect(
      csrfRejection(
        req({
          host: "xroi.example.org",
          "x-forwarded-host": "xroi.example.org",
          origin: "https://xroi.example.org",
        }),
      ),
    ).toBeUndefined();
    expect(csrfRejection(req({ host: "127.0.0.1:3100", origin: "http://evil.example" }))).toBe(
      "origin http://evil.example is not allowed",
    );
    expect(csrfRejection(req({ origin: "null" }))).toBe("origin null is not allowed");
  });

  it("lets reads through and needs JSON for writes", () => {
    expect(csrfRejection(req({ origin: "http://evil.example" }, "GET"))).toBeUndefined();
    expect(csrfRejection(req({ "content-type": "application/x-www-form-urlencoded" }))).toBe(
      "state-changing requests must send application/json",
    );
  });
});
