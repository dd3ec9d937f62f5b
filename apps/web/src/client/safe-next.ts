/** Paths that are not pages: a redirect there after sign-in would show JSON or loop. */
const NOT_PAGES = ["/api", "/xapi", "/_next", "/sign-in"];

/**
 * Where to go after signing in: `next` when it is a page of this app, otherwise "/". `next` is
 * resolved against the page's origin exactly as the browser would resolve it, so the tricks that
 * leave the site through a plain prefix check (`//evil.example`, `/\evil.example`, a tab or
 * newline inside the slashes, `https://evil.example`) are refused by comparing origins, not text.
 */
export function safeNext(next: string | null | undefined, origin: string): string {
  if (!next?.startsWith("/")) return "/";
  let target: URL;
  try {
    target = new URL(next, origin);
  } catch {
    return "/";
  }
  if (target.origin !== new URL(origin).origin) return "/";
  const path = target.pathname;
  if (NOT_PAGES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return "/";
  return `${path}${target.search}${target.hash}`;
}
