import { createHash, timingSafeEqual } from "node:crypto";

/**
 * The hash kept for a machine secret (an LRS credential's secret). Such secrets are 256 random
 * bits, so SHA-256 is enough to keep them safe at rest; a deliberately slow password hash would
 * protect nothing more and would cost every request its latency. Passwords people choose use
 * scrypt instead (passwords.ts).
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Compares in constant time, so the answer's timing says nothing about the stored hash. */
export function secretMatches(secret: string, hash: string): boolean {
  const given = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(hash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
