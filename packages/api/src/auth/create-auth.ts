import type { PrismaClient } from "@xroi/db";
import { BASE_ERROR_CODES, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { PASSWORD_MIN_LENGTH, ZRoleSchema } from "@xroi/validators";
import type { TSessionUser } from "../context";
import { attemptBuckets, rememberDevice, tooManyAttempts } from "./sign-in-guard";
import { createSignInThrottle, type TSignInThrottle } from "./sign-in-throttle";

export type TAuthOptions = {
  secret: string;
  /** Public origin, e.g. https://xroi.example.org. Unset: taken from each request (local use). */
  baseURL?: string;
  throttle?: TSignInThrottle;
  /**
   * The reverse proxies whose X-Forwarded-For is believed (XROI_TRUSTED_PROXIES). Empty: client
   * addresses are unknown, so per-address limits are off and sessions record no address.
   */
  trustedProxies?: readonly string[];
};

const SIGN_IN_PATH = "/sign-in/email";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Better Auth over our Prisma client: email and password only (accounts are created by admins, so
 * sign-up is off), sessions in the database, httpOnly SameSite=Lax cookies, Origin checked on every
 * state-changing auth request.
 */
export function createAuth(prisma: PrismaClient, options: TAuthOptions) {
  const throttle = options.throttle ?? createSignInThrottle();
  const isHttps = options.baseURL?.startsWith("https://") ?? false;
  const trustedProxies = [...(options.trustedProxies ?? [])];
  return betterAuth({
    appName: "xroi",
    secret: options.secret,
    baseURL: options.baseURL,
    // Without a configured public URL, the origin the browser addressed (Host header) is the app's
    // own; handleAuthRequest has already refused any request whose Origin is another host.
    trustedOrigins: (request) => {
      const host = request?.headers.get("x-forwarded-host") ?? request?.headers.get("host");
      if (options.baseURL || !host || !request) return [];
      const protocol =
        request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
      return [`${protocol}://${host}`];
    },
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "viewer" },
        deactivatedAt: { type: "date", input: false, required: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    advanced: {
      cookiePrefix: "xroi",
      useSecureCookies: isHttps,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: isHttps },
      database: { generateId: () => crypto.randomUUID() },
      // Anyone can send X-Forwarded-For, and Next.js passes a client's own on untouched: believe
      // it only from the proxies the operator named, reading it right to left past them.
      ipAddress:
        trustedProxies.length > 0
          ? { ipAddressHeaders: ["x-forwarded-for"], trustedProxies }
          : { disableIpTracking: true },
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 300,
      customRules: { [SIGN_IN_PATH]: { window: 60, max: 30 } },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated user's correct password does not sign them in, and the answer is the
          // wrong-password one: saying "deactivated" would confirm the password to whoever typed
          // it. The admin screen shows the state to those who may see it.
          async before(session) {
            const user = await prisma.user.findUnique({
              where: { id: session.userId },
              select: { deactivatedAt: true },
            });
            if (!user || user.deactivatedAt) {
              throw APIError.from("UNAUTHORIZED", BASE_ERROR_CODES.INVALID_EMAIL_OR_PASSWORD);
            }
          },
        },
      },
    },
    hooks: {
      // The attempt is reserved before the password is checked (synchronously, so simultaneous
      // guesses cannot all pass a check made before any of them failed) and settled after it.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const admission = throttle.begin(await attemptBuckets(ctx));
        if (!admission.isAllowed) throw tooManyAttempts(admission.retryAfterMs);
        if (admission.delayMs > 0) await sleep(admission.delayMs);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const returned = ctx.context.returned;
        const outcome =
          returned instanceof APIError
            ? returned.statusCode === 401
              ? "failure"
              : "other"
            : "success";
        throttle.end(await attemptBuckets(ctx), outcome);
        if (outcome === "success") await rememberDevice(ctx, isHttps);
      }),
    },
  });
}

export type TAuth = ReturnType<typeof createAuth>;

/** The signed-in user for a request's cookies, or null. Deactivated users have no session. */
export async function sessionUserFromHeaders(
  auth: TAuth,
  headers: Headers,
): Promise<TSessionUser | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & {
    role?: unknown;
    deactivatedAt?: Date | null;
  };
  if (user.deactivatedAt) return null;
  const role = ZRoleSchema.safeParse(user.role);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: role.success ? role.data : "viewer",
  };
}
