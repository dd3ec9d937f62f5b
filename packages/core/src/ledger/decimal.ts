/**
 * Exact decimal arithmetic for money, on bigint. A value is `units / 10^scale`; nothing passes
 * through a binary float, so 0.1 + 0.2 is 0.3 and a cost table adds up to the cent.
 */
export type TDecimal = { units: bigint; scale: number };

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

export class DecimalParseError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(reason);
    this.name = "DecimalParseError";
  }
}

/** Parses "1234.5", "-0.25" or "12"; refuses exponents, thousands separators and more than maxScale decimals. */
export function parseDecimal(input: string, maxScale = 6): TDecimal {
  const text = input.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new DecimalParseError(input, "must be a number like 1234.56");
  const fraction = match[3] ?? "";
  if (fraction.length > maxScale)
    throw new DecimalParseError(input, `must have at most ${maxScale} decimal places`);
  const units = BigInt(`${match[2]}${fraction}`) * (match[1] === "-" ? -1n : 1n);
  return { units, scale: fraction.length };
}

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/**
 * numerator / denominator rounded to an integer, half to even (banker's rounding): the rule in
 * docs/ledger.md. Half-even keeps long columns of rounded amounts from drifting upward.
 */
export function divideRoundHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  if (denominator < 0n) return divideRoundHalfEven(-numerator, -denominator);
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let quotient = n / denominator;
  const twiceRemainder = (n % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n))
    quotient += 1n;
  return negative ? -quotient : quotient;
}

/** A decimal as a plain string with exactly `scale` decimals, e.g. minor units 1234 at 2 -> "12.34". */
export function formatMinor(minor: bigint, digits: number): string {
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, "0");
  const whole = digits > 0 ? text.slice(0, -digits) : text;
  const fraction = digits > 0 ? `.${text.slice(-digits)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}
