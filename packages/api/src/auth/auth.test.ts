import { createUser } from "@xroi/core";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, sessionUserFromHeaders, type TAuth } from "./create-auth";
import { createSignInThrottle } from "./sign-in-throttle";

const ORIGIN = "http://localhost:3000";

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

describe(`sign-in with Better Auth on ${testEngine()}`, () => {
  let db: TDatabase;
  let auth: TAuth;
  beforeAll(async () => {
    db = await openTestDatabase();
    auth = createAuth(db.prisma, {
      secret: "x".repeat(32),
      throttle: createSignInThrottle({ baseDelayMs: 1 }),
    });
    await createUser(db.prisma, null, {
      email: "lead@t.local",
      name: "Lea",
      role: "privacy_lead",
      password: "privacy lead password",
    });
  });
  afterAll(async () => db.close());

  it("signs in with the right password: httpOnly SameSite cookie, session in the database, role on the user", async () => {
    const response = await auth.handler(
      post("/sign-in/email", { email: "LEAD@t.local", password: "privacy lead password" }),
    );
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/xroi\.session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(await db.prisma.session.count()).toBe(1);

    const headers = new Headers({ cookie: cookieFrom(response) });
    expect(await sessionUserFromHeaders(auth, headers)).toMatchObject({
      email: "lead@t.local",
      role: "privacy_lead",
    });

    const signOut = await auth.handler(post("/sign-out", {}, { cookie: cookieFrom(response) }));
    expect(signOut.status).toBe(200);
    expect(await db.prisma.session.count()).toBe(0);
    expect(await sessionUserFromHeaders(auth, headers)).toBeNull();
  });

  it("gives the same generic answer for a wrong password and an unknown email", async () => {
    const wrong = await auth.handler(
      post("/sign-in/email", { email: "lead@t.local", password: "not the password" }),
    );
    const unknown = await auth.handler(
      post("/sign-in/email", { email: "nobody@t.local", password: "not the password" }),
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).message).toBe((await unknown.json()).message);
  });

  it("locks an address for a minute after repeated failures, even for the right password", async () => {
    const email = "target@t.local";
    await createUser(db.prisma, null, {
      email,
      name: "T",
      role: "viewer",
      password: "target password!",
    });
    for (let i = 0; i < 5; i += 1) {
      expect(
        (await auth.handler(post("/sign-in/email", { email, password: `guess ${i} wrong` })))
          .status,
      ).toBe(401);
    }
    const locked = await auth.handler(
      post("/sign-in/email", { email, password: "target password!" }),
    );
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(55);
    expect((await locked.json()).message).toBe(
      "Too many failed sign-in attempts. Try again in 1 minute.",
    );
  });

  it("refuses a deactivated user with the wrong-password answer, so the password is not confirmed", async () => {
    const user = await createUser(db.prisma, null, {
      email: "gone@t.local",
      name: "G",
      role: "viewer",
      password: "gone password!!",
    });
    await db.prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    const right = await auth.handler(
      post("/sign-in/email", { email: "gone@t.local", password: "gone password!!" }),
    );
    const wrong = await auth.handler(
      post("/sign-in/email", { email: "gone@t.local", password: "not the password" }),
    );
    expect(right.status).toBe(401);
    expect(wrong.status).toBe(401);
    const rightBody = await right.json();
    expect(rightBody).toEqual(await wrong.json());
    expect(JSON.stringify(rightBody)).not.toMatch(/deactivat/i);
    expect(right.headers.getSetCookie().join("")).not.toMatch(/session_token=[^;]/);
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("does not allow self sign-up", async () => {
    const response = await auth.handler(
      post("/sign-up/email", { email: "new@t.local", password: "a long password", name: "N" }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.prisma.user.count({ where: { email: "new@t.local" } })).toBe(0);
  });
});
