import type { TSqlDriver } from "@xroi/db/sql";
import { createAuthenticator } from "./auth/authenticate";
import { verifyCredential } from "./auth/verify-credential";
import type { TIngestHooks } from "./hooks/ingest-hooks";
import { unwrapAlternateSyntax } from "./http/alternate-syntax";
import { readBody } from "./http/body";
import type { TLrsContext, TLrsSettings } from "./http/context";
import { CORS_HEADERS, preflight } from "./http/cors";
import { LrsError } from "./http/errors";
import { createRejectionLog } from "./http/rejections";
import { ROUTES, type TMethod, type TRoute } from "./routes";
import { getAbout } from "./resources/about";
import { versionFromHeader, type TXapiVersion } from "./xapi/versions";

export const XAPI_BASE_PATH = "/xapi";

export type TLrsOptions = {
  /** The database (its SQL driver); the LRS needs no ORM. */
  db: { sql: TSqlDriver };
  basePath?: string;
  /** Public URL of the LRS (default: the request's origin + basePath); the authority's homePage. */
  publicUrl?: string;
  maxBodyBytes?: number;
  /** How long a verified key and secret are trusted without a database read (ms, default 2000). */
  credentialCacheMs?: number;
  /**
   * The ingest hooks every write passes through (ID mappings, consent). Required, so no mount of
   * the LRS can forget them: the apps pass core's identityIngestHooks(), tests passThroughHooks.
   */
  hooks: TIngestHooks;
};

export function xapiError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error: { status, message } }, { status, headers });
}

/**
 * The xAPI LRS as a fetch-style handler (Request -> Response), so the Next.js route, tests and any
 * other server mount it the same way. Every request is authenticated (but /about), versioned,
 * scope-checked by its resource, and answered with the version header and CORS headers.
 */
export function createLrsHandler(options: TLrsOptions): (req: Request) => Promise<Response> {
  const basePath = options.basePath ?? XAPI_BASE_PATH;
  const authenticate = createAuthenticator(
    (key, secret) => verifyCredential(options.db.sql, key, secret),
    options.credentialCacheMs ?? 2000,
  );
  const rejections = createRejectionLog(options.db.sql);
  const activityCache = new Map<string, string>();
  const settingsFor = (url: URL): TLrsSettings => ({
    sql: options.db.sql,
    basePath,
    publicUrl: options.publicUrl ?? `${url.origin}${basePath}`,
    maxBodyBytes: options.maxBodyBytes ?? 20 * 1024 * 1024,
    hooks: options.hooks,
    activityCache,
  });

  return async function handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    let version: TXapiVersion | undefined;
    let credentialId: string | undefined;
    let route: TRoute | undefined;
    let method = req.method.toUpperCase();
    try {
      if (method === "OPTIONS") return preflight();
      if (!url.pathname.startsWith(basePath))
        throw new LrsError(404, `not an xAPI path: ${url.pathname}`);
      const resource = url.pathname.slice(basePath.length).replace(/\/+$/, "") || "/";
      if (resource === "/about")
        return finish(await getAbout(method, url.searchParams), undefined, method);
      route = ROUTES[resource];
      if (!route) throw new LrsError(404, `${resource}: is not an xAPI resource of this LRS`);
      const settings = settingsFor(url);
      let params = url.searchParams;
      let headers = req.headers;
      let body = await readBody(req, settings.maxBodyBytes);
      if (params.has("method")) {
        const asked = versionFromHeader(req.headers.get("x-experience-api-version"));
        if (asked === "2.0.0")
          throw new LrsError(400, "method: the Alternate Request Syntax is not part of xAPI 2.0");
        ({ method, params, headers, body } = unwrapAlternateSyntax(method, params, headers, body));
      }
      const credential = await authenticate(headers.get("authorization"));
      credentialId = credential.id;
      version = versionFromHeader(headers.get("x-experience-api-version"));
      if (!version) {
        // The refusal is answered in the version the credential's tool speaks.
        version = versionFromHeader(credential.xapiVersion);
        const sent = headers.get("x-experience-api-version");
        throw new LrsError(
          400,
          sent
            ? `X-Experience-API-Version: ${sent} is not supported (use 2.0.0 or 1.0.3)`
            : "X-Experience-API-Version: the header is required (2.0.0 or 1.0.3)",
        );
      }
      const run = route.methods[method === "HEAD" ? "GET" : (method as TMethod)];
      if (!run)
        throw new LrsError(405, `${method} is not allowed on ${resource}`, {
          Allow: Object.keys(route.methods).join(", "),
        });
      const ctx: TLrsContext = { settings, version, credential, method, params, headers, body };
      return finish(await run(ctx), version, method, route);
    } catch (error) {
      const response = errorResponse(error);
      if (response.status !== 404 && response.status < 500)
        rejections.record({
          credentialId,
          method,
          path: url.pathname + url.search,
          status: response.status,
          message: await response
            .clone()
            .json()
            .then((b: { error: { message: string } }) => b.error.message),
        });
      return finish(response, version, method, route);
    }
  };
}

function errorResponse(error: unknown): Response {
  if (error instanceof LrsError) return xapiError(error.status, error.message, error.headers);
  console.error("[lrs] request failed:", error);
  return xapiError(
    500,
    "Something went wrong on our side. The error was logged; please try again.",
  );
}

/** Version and CORS headers on every answer; HEAD gets GET's headers without the body. */
function finish(
  response: Response,
  version: TXapiVersion | undefined,
  method: string,
  route?: TRoute,
): Response {
  const headers = new Headers(response.headers);
  headers.set("X-Experience-API-Version", version ?? "2.0.0");
  for (const [k, v] of Object.entries(CORS_HEADERS)) headers.set(k, v);
  // Statement reads set the real point (statements/clock.ts); refusals say "now".
  if (route?.consistentThrough && !headers.has("X-Experience-API-Consistent-Through"))
    headers.set("X-Experience-API-Consistent-Through", new Date().toISOString());
  return new Response(method === "HEAD" ? null : response.body, {
    status: response.status,
    headers,
  });
}
