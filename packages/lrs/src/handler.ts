/**
 * The xAPI Learning Record Store as a fetch-style handler (Request -> Response), so the Next.js
 * route, tests and any other server mount it the same way. This is the skeleton the LRS issue
 * fills in: it answers every request honestly with 501 until the resources exist, in the JSON
 * error shape the LRS will keep.
 */
export const XAPI_BASE_PATH = "/xapi";

export function xapiError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error: { status, message } }, { status, headers });
}

export async function handleXapiRequest(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (!url.pathname.startsWith(XAPI_BASE_PATH))
    return xapiError(404, `not an xAPI path: ${url.pathname}`);
  const resource = url.pathname.slice(XAPI_BASE_PATH.length) || "/";
  return xapiError(
    501,
    `The xroi Learning Record Store is not built yet; ${req.method} ${resource} is not available.`,
  );
}
