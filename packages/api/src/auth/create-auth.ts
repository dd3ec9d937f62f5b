import type { PrismaClient } from "@xroi/db";
import { BASE_ERROR_CODES, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { PASSWORD_MIN_LENGTH, ZRoleSchema } from "@xroi/validators";
import type { TSessionUser } from "../context";
import { createSignInThrottle, type TSignInThrottle } from "./sign-in-throttle";

export type TAuthOptions = {
  secret: string;
  /** Public origin, e.g. https://xroi.example.org. Unset: taken from each request (local use). */
  baseURL?: string;
  throttle?: TSignInThrottle;
};

const SIGN_IN_PATH = "/sign-in/email";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}

/**
 * Better Auth over our Prisma client: email and password only (accounts are created by admins, so
 * sign-up is off), sessions in the database, httpOnly SameSite=Lax cookies, Origin checked on every
 * state-changing auth request.
 */
export function createAuth(prisma: PrismaClient, options: TAuthOptions) {
  const throttle = options.throttle ?? createSignInThrottle();
  const isHttps = options.baseURL?.startsWith("https://") ?? false;
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
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const verdict = throttle.check(emailOf(ctx.body));
        if ("lockedForMinutes" in verdict) {
          throw new APIError("TOO_MANY_REQUESTS", {
            message: `Too many failed sign-in attempts. Try again in ${verdict.lockedForMinutes} minute${verdict.lockedForMinutes === 1 ? "" : "s"}.`,
          });
        }
        if (verdict.delayMs > 0) await sleep(verdict.delayMs);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = emailOf(ctx.body);
        const returned = ctx.context.returned;
        if (returned instanceof APIError && returned.statusCode === 401) throttle.fail(email);
        else if (!(returned instanceof APIError)) throttle.succeed(email);
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
