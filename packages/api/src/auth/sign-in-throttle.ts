/**
 * Slows password guessing per account and client; the policy and why are in docs/architecture.md
 * ("Sign-in throttling").
 *
 * An attempt reserves a place in each of its buckets before the password is checked and gives it
 * back afterwards as a failure, a success or neither, so simultaneous guesses are counted as they
 * arrive, not as they finish. A bucket lets `limit` failures through (with a small growing delay);
 * then it locks for 1, 2, 4, 8 and at most 15 minutes, letting a single attempt through at the end
 * of each lock. A success empties the bucket; failures are forgotten 12 hours after the last one.
 * Buckets live in this process's memory, at most `maxEntries` of them: expired ones are dropped
 * first, then the least recently used.
 */

/** Failures one client (a known browser, or an address from a trusted proxy) gets per account. */
export const ATTEMPTS_PER_CLIENT = 5;
/** Failures all unknown clients together get per account when each has its own address. */
export const ATTEMPTS_PER_ACCOUNT = 4 * ATTEMPTS_PER_CLIENT;

const MINUTE = 60_000;
/** What to tell a client refused because earlier attempts are still being checked. */
const BUSY_RETRY_MS = 2_000;
const DEFAULTS = {
  baseDelayMs: 250,
  maxDelayMs: 4_000,
  firstLockMs: MINUTE,
  maxLockMs: 15 * MINUTE,
  forgetAfterMs: 12 * 60 * MINUTE,
  /** An attempt that never reported back (a crash mid-request) stops counting after this. */
  inFlightTtlMs: 30_000,
  maxEntries: 10_000,
};

export type TThrottleOptions = Partial<typeof DEFAULTS>;

/** A counter one attempt belongs to, e.g. this account from this browser. */
export type TThrottleBucket = { key: string; limit: number };

export type TSignInOutcome = "failure" | "success" | "other";

export type TSignInAdmission =
  { isAllowed: true; delayMs: number } | { isAllowed: false; retryAfterMs: number };

export type TSignInThrottle = {
  /** Reserves this attempt in every bucket, or refuses it (touching none) with the time to wait. */
  begin(buckets: readonly TThrottleBucket[], now?: number): TSignInAdmission;
  /** Reports how a begun attempt went: only "failure" counts, "success" empties the buckets. */
  end(buckets: readonly TThrottleBucket[], outcome: TSignInOutcome, now?: number): void;
  /** Buckets held in memory. */
  readonly size: number;
};

type TRecord = {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
  /** Start times of attempts reserved and not yet reported. */
  inFlight: number[];
};

/**
 * The buckets of one attempt. A browser that signed in to this account before (a signed device
 * cookie) has a bucket of its own that no one else can fill, so guessing from elsewhere never
 * locks out the account's owner on their usual browser. Other clients share the account's bucket;
 * when a trusted proxy says which address each comes from, each address has its own small bucket
 * inside a larger one for the account.
 */
export function signInBuckets(attempt: {
  email: string;
  deviceId?: string | null;
  clientIp?: string | null;
}): TThrottleBucket[] {
  const email = attempt.email.slice(0, 320);
  if (attempt.deviceId)
    return [{ key: `device:${attempt.deviceId}|${email}`, limit: ATTEMPTS_PER_CLIENT }];
  if (attempt.clientIp)
    return [
      { key: `ip:${attempt.clientIp}|${email}`, limit: ATTEMPTS_PER_CLIENT },
      { key: `account|${email}`, limit: ATTEMPTS_PER_ACCOUNT },
    ];
  return [{ key: `account|${email}`, limit: ATTEMPTS_PER_CLIENT }];
}

export function createSignInThrottle(options: TThrottleOptions = {}): TSignInThrottle {
  const o = { ...DEFAULTS, ...options };
  // Map keeps insertion order; touching a record re-inserts it, so the first is least recently used.
  const records = new Map<string, TRecord>();

  const lockMs = (failuresOverLimit: number) =>
    Math.min(o.firstLockMs * 2 ** (failuresOverLimit - 1), o.maxLockMs);

  const isExpired = (r: TRecord, now: number) =>
    r.inFlight.length === 0 &&
    (r.failures === 0 || (now - r.lastFailureAt > o.forgetAfterMs && now >= r.lockedUntil));

  /** The live record for key, with stale reservations dropped; undefined when there is none. */
  const live = (key: string, now: number): TRecord | undefined => {
    const r = records.get(key);
    if (!r) return undefined;
    r.inFlight = r.inFlight.filter((at) => now - at < o.inFlightTtlMs);
    if (isExpired(r, now)) {
      records.delete(key);
      return undefined;
    }
    return r;
  };

  const store = (key: string, r: TRecord, now: number) => {
    records.delete(key);
    records.set(key, r);
    if (records.size <= o.maxEntries) return;
    for (const [k, other] of records) {
      if (records.size <= o.maxEntries) return;
      other.inFlight = other.inFlight.filter((at) => now - at < o.inFlightTtlMs);
      if (isExpired(other, now)) records.delete(k);
    }
    for (const k of records.keys()) {
      if (records.size <= o.maxEntries) return;
      records.delete(k);
    }
  };

  /** Milliseconds until bucket b takes another attempt; 0 when it takes one now. */
  const waitFor = (b: TThrottleBucket, r: TRecord | undefined, now: number): number => {
    if (!r) return 0;
    if (r.failures < b.limit) {
      // Full of attempts still being checked: their results decide, within seconds.
      return r.failures + r.inFlight.length < b.limit ? 0 : BUSY_RETRY_MS;
    }
    if (now < r.lockedUntil) return r.lockedUntil - now;
    // The lock is over: one attempt at a time until the next result.
    return r.inFlight.length === 0 ? 0 : BUSY_RETRY_MS;
  };

  return {
    begin(buckets, now = Date.now()) {
      const current = buckets.map((b) => ({ b, r: live(b.key, now) }));
      const wait = Math.max(0, ...current.map(({ b, r }) => waitFor(b, r, now)));
      if (wait > 0) return { isAllowed: false, retryAfterMs: wait };
      let failures = 0;
      for (const { b, r } of current) {
        const record = r ?? { failures: 0, lastFailureAt: 0, lockedUntil: 0, inFlight: [] };
        record.inFlight.push(now);
        failures = Math.max(failures, record.failures);
        store(b.key, record, now);
      }
      const delayMs =
        failures > 0 ? Math.min(o.baseDelayMs * 2 ** (failures - 1), o.maxDelayMs) : 0;
      return { isAllowed: true, delayMs };
    },
    end(buckets, outcome, now = Date.now()) {
      for (const b of buckets) {
        const r = live(b.key, now);
        if (!r) continue;
        r.inFlight.shift();
        if (outcome === "success") {
          records.delete(b.key);
          continue;
        }
        if (outcome === "failure") {
          r.failures += 1;
          r.lastFailureAt = now;
          if (r.failures >= b.limit) r.lockedUntil = now + lockMs(r.failures - b.limit + 1);
        }
        if (isExpired(r, now)) records.delete(b.key);
        else store(b.key, r, now);
      }
    },
    get size() {
      return records.size;
    },
  };
}
