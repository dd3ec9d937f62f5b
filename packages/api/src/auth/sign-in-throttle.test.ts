import { describe, expect, it } from "vitest";
import {
  ATTEMPTS_PER_ACCOUNT,
  ATTEMPTS_PER_CLIENT,
  createSignInThrottle,
  signInBuckets,
  type TSignInAdmission,
} from "./sign-in-throttle";

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 5, 9, 0);
const ana = signInBuckets({ email: "ana@t.local" });

const allowed = (a: TSignInAdmission) => a.isAllowed;
const retryAfter = (a: TSignInAdmission) => (a.isAllowed ? 0 : a.retryAfterMs);

/** Fails `n` attempts one after the other at `now`. */
function failSerially(
  throttle: ReturnType<typeof createSignInThrottle>,
  n: number,
  now: number,
  buckets = ana,
) {
  for (let i = 0; i < n; i += 1) {
    expect(throttle.begin(buckets, now).isAllowed).toBe(true);
    throttle.end(buckets, "failure", now);
  }
}

describe("sign-in throttle", () => {
  it("counts attempts still being checked, so simultaneous guesses cannot all pass", () => {
    const throttle = createSignInThrottle();
    const admissions = Array.from({ length: 12 }, () => throttle.begin(ana, T0));
    expect(admissions.filter(allowed)).toHaveLength(ATTEMPTS_PER_CLIENT);
    expect(admissions.slice(ATTEMPTS_PER_CLIENT).every((a) => retryAfter(a) > 0)).toBe(true);
    // All five fail: the account's bucket is locked for a minute, not just full.
    for (let i = 0; i < ATTEMPTS_PER_CLIENT; i += 1) throttle.end(ana, "failure", T0 + 10);
    expect(retryAfter(throttle.begin(ana, T0 + 20))).toBe(MINUTE - 10);
  });

  it("gives back a reservation that did not fail, and forgets one never reported", () => {
    const throttle = createSignInThrottle({ inFlightTtlMs: 30_000 });
    for (let i = 0; i < ATTEMPTS_PER_CLIENT; i += 1) throttle.begin(ana, T0);
    expect(throttle.begin(ana, T0).isAllowed).toBe(false);
    throttle.end(ana, "other", T0 + 1);
    expect(throttle.begin(ana, T0 + 2).isAllowed).toBe(true);
    // Five reservations outstanding; a crashed request never reports, so they lapse.
    expect(throttle.begin(ana, T0 + 29_000).isAllowed).toBe(false);
    expect(throttle.begin(ana, T0 + 30_001).isAllowed).toBe(true);
  });

  it("grows a short lock, one attempt at its end, up to 15 minutes; a success clears it", () => {
    const throttle = createSignInThrottle();
    failSerially(throttle, ATTEMPTS_PER_CLIENT - 1, T0);
    expect(throttle.begin(ana, T0)).toEqual({ isAllowed: true, delayMs: 250 * 2 ** 3 });
    throttle.end(ana, "failure", T0);
    let now = T0;
    for (const lockMinutes of [1, 2, 4, 8, 15, 15]) {
      expect(retryAfter(throttle.begin(ana, now + lockMinutes * MINUTE - 1))).toBe(1);
      now += lockMinutes * MINUTE;
      expect(throttle.begin(ana, now).isAllowed).toBe(true);
      // Only one attempt at a time once locked before.
      expect(throttle.begin(ana, now).isAllowed).toBe(false);
      throttle.end(ana, "failure", now);
    }
    now += 15 * MINUTE;
    expect(throttle.begin(ana, now)).toEqual({ isAllowed: true, delayMs: 4_000 });
    throttle.end(ana, "success", now);
    expect(throttle.size).toBe(0);
    expect(throttle.begin(ana, now)).toEqual({ isAllowed: true, delayMs: 0 });
  });

  it("forgets failures 12 hours after the last one", () => {
    const throttle = createSignInThrottle();
    failSerially(throttle, ATTEMPTS_PER_CLIENT, T0);
    expect(throttle.begin(ana, T0 + 12 * 60 * MINUTE)).toMatchObject({ isAllowed: true });
    throttle.end(ana, "other", T0 + 12 * 60 * MINUTE);
    expect(throttle.begin(ana, T0 + 12 * 60 * MINUTE + 1)).toEqual({
      isAllowed: true,
      delayMs: 0,
    });
    throttle.end(ana, "other", T0 + 12 * 60 * MINUTE + 1);
    expect(throttle.size).toBe(0);
  });

  it("keeps one account's lock from touching another's", () => {
    const throttle = createSignInThrottle();
    failSerially(throttle, ATTEMPTS_PER_CLIENT, T0);
    expect(throttle.begin(ana, T0).isAllowed).toBe(false);
    expect(throttle.begin(signInBuckets({ email: "bo@t.local" }), T0).isAllowed).toBe(true);
  });

  it("holds at most maxEntries buckets: expired ones go first, then the least recently used", () => {
    const throttle = createSignInThrottle({ maxEntries: 2 });
    const bucket = (name: string) => signInBuckets({ email: `${name}@t.local` });
    failSerially(throttle, 1, T0, bucket("old"));
    const later = T0 + 13 * 60 * MINUTE;
    failSerially(throttle, 1, later, bucket("b"));
    failSerially(throttle, 1, later, bucket("c"));
    expect(throttle.size).toBe(2);
    // "old" had expired and went; "b" and "c" kept their failure (a delay before the next try).
    expect(throttle.begin(bucket("b"), later)).toEqual({ isAllowed: true, delayMs: 250 });
    throttle.end(bucket("b"), "other", later);
    failSerially(throttle, 1, later, bucket("d"));
    // Now full of live buckets: the least recently used ("c") made room for "d".
    expect(throttle.size).toBe(2);
    expect(throttle.begin(bucket("c"), later)).toEqual({ isAllowed: true, delayMs: 0 });
    for (let i = 0; i < 1_000; i += 1) failSerially(throttle, 1, later, bucket(`spray${i}`));
    expect(throttle.size).toBe(2);
  });
});

describe("sign-in buckets", () => {
  it("puts a known browser in its own bucket for the account", () => {
    expect(
      signInBuckets({ email: "ana@t.local", deviceId: "d1", clientIp: "198.51.100.7" }),
    ).toEqual([{ key: "device:d1|ana@t.local", limit: ATTEMPTS_PER_CLIENT }]);
  });

  it("gives each trusted address a small bucket inside a larger one for the account", () => {
    expect(signInBuckets({ email: "ana@t.local", clientIp: "198.51.100.7" })).toEqual([
      { key: "ip:198.51.100.7|ana@t.local", limit: ATTEMPTS_PER_CLIENT },
      { key: "account|ana@t.local", limit: ATTEMPTS_PER_ACCOUNT },
    ]);
  });

  it("shares one bucket per account among clients it cannot tell apart", () => {
    expect(signInBuckets({ email: "ana@t.local", clientIp: null })).toEqual([
      { key: "account|ana@t.local", limit: ATTEMPTS_PER_CLIENT },
    ]);
  });

  it("keeps a huge email from making a huge key", () => {
    const [bucket] = signInBuckets({ email: `${"a".repeat(100_000)}@t.local` });
    expect(bucket!.key.length).toBeLessThan(400);
  });
});
