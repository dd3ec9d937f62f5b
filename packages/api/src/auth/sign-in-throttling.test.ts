import { createUser } from "@xroi/core";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type TAuthOptions } from "./create-auth";
import { ATTEMPTS_PER_CLIENT, createSignInThrottle } from "./sign-in-throttle";

const ORIGIN = "http://localhost:3000";

function signIn(email: string, password: string, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    body: JSON.stringify({ email, password }),
  });
}

const cookieFrom = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

describe(`sign-in throttling over HTTP on ${testEngine()}`, () => {
  let db: TDatabase;
  let n = 0;
  const auth = (options: Partial<TAuthOptions> = {}) =>
    createAuth(db.prisma, {
      secret: "z".repeat(32),
      throttle: createSignInThrottle({ baseDelayMs: 1 }),
      ...options,
    });
  /** A fresh account, so tests never share throttle state or sessions. */
  const account = async () => {
    n += 1;
    const email = `user${n}@t.local`;
    const user = await createUser(db.prisma, null, {
      email,
      name: `U${n}`,
      role: "viewer",
      password: "the right password",
    });
    return { email, id: user.id };
  };

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  it("lets only five of twelve simultaneous guesses be checked, then locks the account", async () => {
    const a = auth();
    const { email } = await account();
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => a.handler(signIn(email, `wrong guess ${i}`))),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(ATTEMPTS_PER_CLIENT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12 - ATTEMPTS_PER_CLIENT);
    expect((await a.handler(signIn(email, "the right password"))).status).toBe(429);
  });

  it("never locks the owner out of a browser they signed in from before", async () => {
    const a = auth();
    const { email, id } = await account();
    const first = await a.handler(signIn(email, "the right password"));
    expect(first.status).toBe(200);
    const device = first.headers.getSetCookie().find((c) => c.startsWith("xroi.device="));
    expect(device).toMatch(/HttpOnly/i);
    expect(device).toMatch(/Path=\/api\/auth/i);
    const deviceCookie = device!.split(";")[0]!;

    // Someone else guesses until the account is locked for unknown browsers...
    for (let i = 0; i < ATTEMPTS_PER_CLIENT; i += 1)
      expect((await a.handler(signIn(email, `guess ${i}`))).status).toBe(401);
    expect((await a.handler(signIn(email, "the right password"))).status).toBe(429);
    // ...and a forged or altered device cookie makes nobody known.
    const forged = deviceCookie.replace(/=./, "=x");
    expect((await a.handler(signIn(email, "the right password", { cookie: forged }))).status).toBe(
      429,
    );

    // The owner's browser still signs in.
    const owner = await a.handler(signIn(email, "the right password", { cookie: deviceCookie }));
    expect(owner.status).toBe(200);
    expect(await db.prisma.session.count({ where: { userId: id } })).toBe(2);
  });

  it("does not let a device cookie from one account help with another", async () => {
    const a = auth();
    const mine = await account();
    const theirs = await account();
    const signedIn = await a.handler(signIn(mine.email, "the right password"));
    const cookie = cookieFrom(signedIn);
    for (let i = 0; i < ATTEMPTS_PER_CLIENT; i += 1)
      expect((await a.handler(signIn(theirs.email, `guess ${i}`, { cookie }))).status).toBe(401);
    expect((await a.handler(signIn(theirs.email, "the right password", { cookie }))).status).toBe(
      429,
    );
  });

  it("ignores X-Forwarded-For unless a trusted proxy is configured", async () => {
    const a = auth();
    const { email, id } = await account();
    // A new forged address for every guess changes nothing: the guesses share one bucket.
    for (let i = 0; i < ATTEMPTS_PER_CLIENT; i += 1) {
      const xff = { "x-forwarded-for": `203.0.113.${i + 1}` };
      expect((await a.handler(signIn(email, `guess ${i}`, xff))).status).toBe(401);
    }
    const fresh = { "x-forwarded-for": "198.51.100.99" };
    expect((await a.handler(signIn(email, "the right password", fresh))).status).toBe(429);

    // Nor is a forged address written to the session.
    const other = await account();
    const ok = await a.handler(signIn(other.email, "the right password", fresh));
    expect(ok.status).toBe(200);
    const session = await db.prisma.session.findFirstOrThrow({ where: { userId: other.id } });
    expect(session.ipAddress ?? "").toBe("");
    expect(await db.prisma.session.count({ where: { userId: id } })).toBe(0);
  });

  it("behind a trusted proxy, one address's guesses lock that address, not the account", async () => {
    const a = auth({ trustedProxies: ["10.0.0.0/8"] });
    const { email, id } = await account();
    // The proxy appends the address it saw; whatever the client claimed before it is skipped.
    const attacker = { "x-forwarded-for": "198.51.100.1, 203.0.113.66" };
    for (let i = 0; i < ATTEMPTS_PER_CLIENT; i += 1)
      expect((await a.handler(signIn(email, `guess ${i}`, attacker))).status).toBe(401);
    expect((await a.handler(signIn(email, "the right password", attacker))).status).toBe(429);
    const spoofing = { "x-forwarded-for": "198.51.100.2, 203.0.113.66" };
    expect((await a.handler(signIn(email, "the right password", spoofing))).status).toBe(429);

    const owner = { "x-forwarded-for": "203.0.113.10, 10.1.2.3" };
    const ok = await a.handler(signIn(email, "the right password", owner));
    expect(ok.status).toBe(200);
    const session = await db.prisma.session.findFirstOrThrow({ where: { userId: id } });
    expect(session.ipAddress).toBe("203.0.113.10");
  });
});
