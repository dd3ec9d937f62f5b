import { badRequest } from "./errors";

const HEADER_FIELDS = [
  "authorization",
  "x-experience-api-version",
  "content-type",
  "content-length",
  "if-match",
  "if-none-match",
];

export type TUnwrapped = {
  method: string;
  params: URLSearchParams;
  headers: Headers;
  body: Uint8Array;
};

/**
 * xAPI 1.0.3's Alternate Request Syntax: a POST with `?method=PUT` (or GET, DELETE...) and a form
 * body holding the headers, the resource's parameters and the content. xAPI 2.0 dropped it, so
 * there a `method` parameter is simply refused.
 */
export function unwrapAlternateSyntax(
  method: string,
  query: URLSearchParams,
  headers: Headers,
  body: Uint8Array,
): TUnwrapped {
  const target = query.get("method")!;
  if (method !== "POST")
    throw badRequest("method: the Alternate Request Syntax must be sent as a POST");
  if ([...query.keys()].some((k) => k !== "method"))
    throw badRequest(
      "the Alternate Request Syntax takes no query parameters but method; send the others as form fields",
    );
  if (!/^(GET|HEAD|PUT|POST|DELETE)$/.test(target))
    throw badRequest("method: must be GET, HEAD, PUT, POST or DELETE");
  const type = headers.get("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\b/i.test(type))
    throw badRequest(
      "Content-Type: the Alternate Request Syntax sends a form (application/x-www-form-urlencoded)",
    );
  const form = new URLSearchParams(new TextDecoder().decode(body));
  const merged = new Headers(headers);
  merged.delete("content-type");
  const params = new URLSearchParams();
  let content: Uint8Array = new Uint8Array(0);
  for (const [name, value] of form) {
    const lower = name.toLowerCase();
    if (lower === "content") content = new TextEncoder().encode(value);
    else if (HEADER_FIELDS.includes(lower)) merged.set(lower, value);
    else params.append(name, value);
  }
  if ((target === "PUT" || target === "POST") && content.byteLength === 0 && !form.has("content"))
    throw badRequest(
      "content: the Alternate Request Syntax sends the body as a form field named content",
    );
  if (!merged.has("content-type") && content.byteLength > 0)
    merged.set("content-type", "application/json");
  return { method: target, params, headers: merged, body: content };
}
