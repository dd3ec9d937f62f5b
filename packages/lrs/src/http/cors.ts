/**
 * Browser-based learning content posts statements from other origins with Basic credentials (not
 * cookies), so any origin may call; the headers a client needs to read are exposed.
 */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Last-Modified, Content-Type, X-Experience-API-Version, X-Experience-API-Consistent-Through",
};

export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, PUT, POST, DELETE, OPTIONS",
      "Access-Control-Allow-Headers":
        "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match, Accept-Language",
      "Access-Control-Max-Age": "86400",
    },
  });
}
