import "server-only";
import { authSecret, createAuth, sessionUserFromHeaders, type TAuth } from "@xroi/api/auth";
import type { TSessionUser } from "@xroi/api";
import { getProcessDatabase, serverEnv, type TDatabase } from "@xroi/db";

type TServices = { db: TDatabase; auth: TAuth };
const holder = globalThis as unknown as { __xroiServices?: Promise<TServices> };

/**
 * The process's database (migrated on first use) and Better Auth instance. Created lazily so
 * `next build` never opens the database.
 */
export function getServices(): Promise<TServices> {
  holder.__xroiServices ??= getProcessDatabase()
    .then((db) => {
      const env = serverEnv();
      const auth = createAuth(db.prisma, {
        secret: authSecret(),
        baseURL: env.XROI_PUBLIC_URL,
        trustedProxies: env.XROI_TRUSTED_PROXIES,
      });
      return { db, auth };
    })
    .catch((error: unknown) => {
      holder.__xroiServices = undefined;
      throw error;
    });
  return holder.__xroiServices;
}

export async function getSessionUser(headers: Headers): Promise<TSessionUser | null> {
  const { auth } = await getServices();
  return sessionUserFromHeaders(auth, headers);
}
