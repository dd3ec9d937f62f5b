/**
 * Slows down password guessing per email address: each failure in the window adds a growing delay
 * to the next attempt, and after MAX_FAILURES the address is locked for the rest of the window.
 * Kept in memory: one web process serves one database (PGlite) or sits behind a proxy that adds
 * per-IP limits (PostgreSQL deployments).
 */
const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;

type TRecord = { failures: number; firstAt: number };

export type TSignInThrottle = {
  /** Milliseconds to wait before checking this attempt, or "locked" with minutes left. */
  check(email: string, now?: number): { delayMs: number } | { lockedForMinutes: number };
  fail(email: string, now?: number): void;
  succeed(email: string): void;
};

export function createSignInThrottle(options: { baseDelayMs?: number } = {}): TSignInThrottle {
  const base = options.baseDelayMs ?? 250;
  const records = new Map<string, TRecord>();
  const current = (email: string, now: number): TRecord | undefined => {
    const record = records.get(email);
    if (record && now - record.firstAt > WINDOW_MS) {
      records.delete(email);
      return undefined;
    }
    return record;
  };
  return {
    check(email, now = Date.now()) {
      const record = current(email, now);
      if (!record) return { delayMs: 0 };
      if (record.failures >= MAX_FAILURES) {
        return {
          lockedForMinutes: Math.max(1, Math.ceil((record.firstAt + WINDOW_MS - now) / 60_000)),
        };
      }
      return { delayMs: Math.min(base * 2 ** (record.failures - 1), 4000) };
    },
    fail(email, now = Date.now()) {
      const record = current(email, now) ?? { failures: 0, firstAt: now };
      record.failures += 1;
      records.set(email, record);
    },
    succeed(email) {
      records.delete(email);
    },
  };
}
