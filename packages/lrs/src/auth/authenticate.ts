import { createHash } from "node:crypto";
import type { TCredential } from "../http/context";
import { LrsError } from "../http/errors";

export const WWW_AUTHENTICATE = 'Basic realm="xroi xAPI", charset="UTF-8"';

export type TVerify = (key: string, secret: string) => Promise<TCredential | undefined>;

const unauthorized = (message: string) =>
  new LrsError(401, message, { "WWW-Authenticate": WWW_AUTHENTICATE });

/**
 * HTTP Basic credentials -> the LRS credential, cached for `ttlMs` per key-and-secret pair so a
 * busy tool does not cost a database read per request. Revoking takes effect within the TTL.
 */
export function createAuthenticator(verify: TVerify, ttlMs: number) {
  const cache = new Map<string, { credential: TCredential; until: number }>();
  return async function authenticate(header: string | null): Promise<TCredential> {
    if (!header)
      throw unauthorized("Authorization: this LRS needs HTTP Basic credentials (key and secret)");
    const match = /^Basic\s+([A-Za-z0-9+/=._-]+)\s*$/i.exec(header);
    if (!match) throw unauthorized("Authorization: must be HTTP Basic with a base64 key:secret");
    const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0)
      throw unauthorized("Authorization: must be HTTP Basic with a base64 key:secret");
    const key = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    const cacheKey = `${key}\u0000${createHash("sha256").update(secret).digest("hex")}`;
    const now = Date.now();
    const hit = cache.get(cacheKey);
    if (hit && hit.until > now) return hit.credential;
    const credential = await verify(key, secret);
    if (!credential) {
      cache.delete(cacheKey);
      throw unauthorized("Authorization: unknown key, wrong secret, or a revoked credential");
    }
    if (ttlMs > 0) {
      if (cache.size > 10_000) cache.clear();
      cache.set(cacheKey, { credential, until: now + ttlMs });
    }
    return credential;
  };
}
