import { divideRoundHalfEven, parseDecimal, pow10, type TDecimal } from "./decimal";

/** ISO 4217 minor-unit digits for the currencies xroi supports; one currency per program. */
export const CURRENCY_DIGITS = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CHF: 2,
  CAD: 2,
  AUD: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  JPY: 0,
} as const;
export type TCurrency = keyof typeof CURRENCY_DIGITS;

export function isCurrency(code: string): code is TCurrency {
  return Object.hasOwn(CURRENCY_DIGITS, code);
}

/** An amount as written ("1234.56") to integer minor units of the currency; more decimals than the currency has are refused. */
export function toMinor(amount: string, currency: TCurrency): bigint {
  const digits = CURRENCY_DIGITS[currency];
  const value = parseDecimal(amount, digits);
  return value.units * pow10(digits - value.scale);
}

/**
 * rate x volume in minor units, rounded once, half to even. The rate is per unit in major units and
 * may be finer than a cent (e.g. 0.015 per learner-hour); the volume may be fractional (37.5 hours).
 */
export function lineAmountMinor(rate: TDecimal, volume: TDecimal, currency: TCurrency): bigint {
  const digits = CURRENCY_DIGITS[currency];
  return divideRoundHalfEven(
    rate.units * volume.units * pow10(digits),
    pow10(rate.scale + volume.scale),
  );
}
