import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { PrismaClient } from "@xroi/db";
import { sessionUserFromHeaders, type TAuth } from "./auth/create-auth";
import { createContext } from "./context";
import { appRouter } from "./root";

/**
 * True when the Origin header names the host the request was sent to. The Host header (or the
 * proxy's X-Forwarded-Host) is what the browser addressed, whatever name the server binds to.
 */
function isSameOrigin(origin: string, req: Request): boolean {
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const addressed =
    req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
  return originHost === addressed;
}

/**
 * Cross-site request forgery guard for cookie-authenticated calls. Mutations are POSTs with a JSON
 * body, which a foreign page cannot send without a CORS preflight we never grant; on top of that a
 * request that says it comes from another site or origin is refused outright.
 */
export function csrfRejection(req: Request): string | undefined {
  if (req.method === "GET" || req.method === "HEAD") return undefined;
  if (req.headers.get("sec-fetch-site") === "cross-site") return "cross-site request refused";
  const origin = req.headers.get("origin");
  if (origin && !isSameOrigin(origin, req)) return `origin ${origin} is not allowed`;
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("application/json"))
    return "state-changing requests must send application/json";
  return undefined;
}

/** Serves the appRouter over HTTP (Next.js route handler, tests); the session comes from Better Auth cookies. */
export async function handleTrpcRequest(
  req: Request,
  options: { db: PrismaClient; auth: TAuth; endpoint: string },
): Promise<Response> {
  const rejection = csrfRejection(req);
  if (rejection) {
    return Response.json(
      { error: { message: `Forbidden: ${rejection}`, code: "FORBIDDEN" } },
      { status: 403 },
    );
  }
  return fetchRequestHandler({
    endpoint: options.endpoint,
    req,
    router: appRouter,
    createContext: async () =>
      createContext({
        db: options.db,
        user: await sessionUserFromHeaders(options.auth, req.headers),
      }),
  });
}

/** Better Auth's endpoints behind the same CSRF guard as tRPC (Better Auth alone skips cookie-less requests). */
export async function handleAuthRequest(req: Request, auth: TAuth): Promise<Response> {
  const rejection = csrfRejection(req);
  if (rejection)
    return Response.json(
      { message: `Forbidden: ${rejection}`, code: "FORBIDDEN" },
      { status: 403 },
    );
  return auth.handler(req);
}
