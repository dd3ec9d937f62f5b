/** Loopback names and addresses: a server here is a developer's, not production's. */
function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, "");
  return (
    name === "localhost" ||
    name.endsWith(".localhost") ||
    /^127(\.\d{1,3}){3}$/.test(name) ||
    name === "::1" ||
    name === "::ffff:127.0.0.1"
  );
}

/**
 * True for embedded PGlite (no URL), a Unix socket on this machine, or a server on a loopback
 * address. Anything else, private networks included, may be a shared or production server.
 */
export function isLocalDatabase(databaseUrl: string | undefined): boolean {
  if (!databaseUrl) return true;
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return false;
  }
  // libpq and pg read ?host=/path as a socket folder, and an empty host as the default socket.
  const host = url.searchParams.get("host") ?? decodeURIComponent(url.hostname);
  if (host === "" || host.startsWith("/")) return true;
  return isLoopbackHost(host);
}

/**
 * Why demo accounts (with passwords printed in the README) must not be loaded into this database
 * without --force; undefined when they may.
 */
export function demoSeedRefusal(
  databaseUrl: string | undefined,
  options: { force: boolean },
): string | undefined {
  if (options.force || !databaseUrl || isLocalDatabase(databaseUrl)) return undefined;
  return (
    `refusing to load the demo accounts, whose passwords are public, into ${serverOf(databaseUrl)}: ` +
    "DATABASE_URL points at a server that is not on this machine. Add --force if it really is a " +
    "throwaway database."
  );
}

/** host:port/database, never the credentials. */
function serverOf(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.host}${url.pathname}`;
  } catch {
    return "the server in DATABASE_URL";
  }
}
