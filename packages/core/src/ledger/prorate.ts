import { divideRoundHalfEven } from "./decimal";

/** A calendar date, "YYYY-MM-DD", read as a whole UTC day. */
export type TDateOnly = string;
/** Inclusive on both ends, as people say "1 January to 31 March". */
export type TDateRange = { from: TDateOnly; to: TDateOnly };

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid calendar date; throws on "2026-02-30" and other non-dates. */
export function dayNumber(date: TDateOnly): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`${date}: must be a date like 2026-03-31`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`${date}: is not a calendar date`);
  }
  return ms / DAY_MS;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Calendar periods (months or years) as half-open day ranges [start, end) covering [first, last]. */
function periodsCovering(
  first: number,
  last: number,
  period: "month" | "year",
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const startDate = new Date(first * DAY_MS);
  let year = startDate.getUTCFullYear();
  let month = period === "month" ? startDate.getUTCMonth() : 0;
  for (;;) {
    const start = Date.UTC(year, month, 1) / DAY_MS;
    if (start > last) return out;
    const end =
      period === "month"
        ? Date.UTC(year, month + 1, 1) / DAY_MS
        : Date.UTC(year + 1, 0, 1) / DAY_MS;
    out.push([start, end]);
    if (period === "month") {
      month += 1;
      if (month === 12) [month, year] = [0, year + 1];
    } else year += 1;
  }
}

/**
 * The part of a recurring cost that falls in a window, in minor units. The item costs
 * `perPeriodMinor` for each whole calendar month (or year) it is active; a part-period counts by
 * days (14 of 28 February days is half the month). The exact sum is rounded once, half to even.
 * `active.to` undefined means it runs on; the window bounds it.
 */
export function proratedRecurringMinor(
  perPeriodMinor: bigint,
  period: "month" | "year",
  active: { from: TDateOnly; to?: TDateOnly },
  window: TDateRange,
): bigint {
  const first = Math.max(dayNumber(active.from), dayNumber(window.from));
  const last = Math.min(
    active.to ? dayNumber(active.to) : Number.POSITIVE_INFINITY,
    dayNumber(window.to),
  );
  if (last < first) return 0n;
  let numerator = 0n;
  let denominator = 1n;
  for (const [start, end] of periodsCovering(first, last, period)) {
    const covered = BigInt(Math.min(end, last + 1) - Math.max(start, first));
    const length = BigInt(end - start);
    // numerator/denominator += perPeriod * covered / length
    numerator = numerator * length + perPeriodMinor * covered * denominator;
    denominator *= length;
    const divisor = gcd(numerator, denominator) || 1n;
    numerator /= divisor;
    denominator /= divisor;
  }
  return divideRoundHalfEven(numerator, denominator);
}

/** Whether a one-time cost dated `on` falls in the window. */
export function isInWindow(on: TDateOnly, window: TDateRange): boolean {
  const day = dayNumber(on);
  return day >= dayNumber(window.from) && day <= dayNumber(window.to);
}
