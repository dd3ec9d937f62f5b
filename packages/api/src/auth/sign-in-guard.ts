import { createHash, randomUUID } from "node:crypto";
import type { BetterAuthOptions } from "better-auth";
import { APIError, getIP } from "better-auth/api";
import { signInBuckets, type TThrottleBucket } from "./sign-in-throttle";

/** What the sign-in hooks need from Better Auth's middleware context. */
export type TGuardContext = {
  body?: unknown;
  request?: Request;
  headers?: Headers;
  context: { secret: string; options: BetterAuthOptions };
  getSignedCookie(key: string, secret: string): Promise<string | null | false>;
  setSignedCookie(
    key: string,
    value: string,
    secret: string,
    options: { httpOnly: boolean; sameSite: "lax"; secure: boolean; path: string; maxAge: number },
  ): Promise<string>;
};

/** Signed, httpOnly, sent only to /api/auth: "this browser signed in to this account before". */
const DEVICE_COOKIE = "xroi.device";
const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

export function signInEmail(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}

/** Binds a device cookie to one account without writing the address into it. */
function accountTag(email: string): string {
  return createHash("sha256").update(email).digest("base64url").slice(0, 22);
}

/** The id of this browser when it holds a valid device cookie for this account. */
async function knownDeviceId(ctx: TGuardContext, email: string): Promise<string | null> {
  const value = await ctx.getSignedCookie(DEVICE_COOKIE, ctx.context.secret);
  if (!value) return null;
  const [id, tag] = value.split(":");
  return id && tag === accountTag(email) ? id : null;
}

/**
 * The throttle buckets of this sign-in attempt: the browser's own when it signed in to the
 * account before, else the client address when a trusted proxy gives one (getIP follows
 * advanced.ipAddress, so with no trusted proxy it gives none), else the account's shared one.
 */
export async function attemptBuckets(ctx: TGuardContext): Promise<TThrottleBucket[]> {
  const email = signInEmail(ctx.body);
  const deviceId = await knownDeviceId(ctx, email);
  const source = ctx.request ?? ctx.headers;
  const clientIp = deviceId || !source ? null : getIP(source, ctx.context.options);
  return signInBuckets({ email, deviceId, clientIp });
}

/** After a successful sign-in: this browser is now known for the account (for a year). */
export async function rememberDevice(ctx: TGuardContext, isHttps: boolean): Promise<void> {
  const email = signInEmail(ctx.body);
  const id = (await knownDeviceId(ctx, email)) ?? randomUUID();
  await ctx.setSignedCookie(DEVICE_COOKIE, `${id}:${accountTag(email)}`, ctx.context.secret, {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps,
    path: "/api/auth",
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
  });
}

export function tooManyAttempts(retryAfterMs: number): APIError {
  const seconds = Math.ceil(retryAfterMs / 1000);
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? "a few seconds" : `${minutes} minute${minutes === 1 ? "" : "s"}`;
  return new APIError(
    "TOO_MANY_REQUESTS",
    { message: `Too many failed sign-in attempts. Try again in ${wait}.` },
    { "Retry-After": String(seconds) },
  );
}
