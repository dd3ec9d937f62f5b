import { z } from "zod";

// Bounds that match the ledger's columns, so a value the form accepts is one the database stores:
// rates, volumes and weights are DECIMAL(18,6) (12 digits before the point, 6 after); amounts are
// BIGINT minor units; learner, completion and outcome counts are INTEGER.

/** Digits a decimal may have before the point (DECIMAL(18,6)). */
export const MAX_DECIMAL_WHOLE_DIGITS = 12;
/** A line's amount (rate × volume) must be below this, in major units of its currency. */
export const MAX_LINE_AMOUNT = 10n ** 12n;
/** The largest learner, completion or outcome count (PostgreSQL INTEGER). */
export const MAX_COUNT = 2_147_483_647;

const LIMIT_TEXT = "1,000,000,000,000";
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A non-negative exact decimal as text: "120", "0.015", "37.5". Never a float. */
export const ZLedgerDecimal = (what: string) =>
  z
    .union([z.string(), z.number()], { error: `must be a number like 1234.56 (${what})` })
    .transform((v) => String(v).trim())
    .pipe(
      z
        .string()
        .min(1, "is required")
        .regex(DECIMAL, `must be a number like 1234.56 (${what})`)
        .refine((v) => !v.startsWith("-"), "must not be negative")
        .refine((v) => (v.split(".")[1] ?? "").length <= 6, "must have at most 6 decimal places")
        .refine(
          (v) => v.split(".")[0]!.replace(/^0+/, "").length <= MAX_DECIMAL_WHOLE_DIGITS,
          `must be below ${LIMIT_TEXT}`,
        ),
    );

/** text as units of 10^-scale, or undefined when it is not a plain decimal. */
function units(text: string): { units: bigint; scale: number } | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const [whole, fraction = ""] = text.replace(/^-/, "").split(".");
  return { units: BigInt(`${whole}${fraction}`), scale: fraction.length };
}

/**
 * Whether rate × volume, computed exactly, stays below MAX_LINE_AMOUNT. True when either is not a
 * decimal the ledger takes: that field's own message says why, and one message is enough.
 */
export function isLineAmountWithinBound(rate: string, volume: string): boolean {
  if (!ZLedgerDecimal("").safeParse(rate).success) return true;
  if (!ZLedgerDecimal("").safeParse(volume).success) return true;
  const r = units(rate)!;
  const v = units(volume)!;
  return r.units * v.units < MAX_LINE_AMOUNT * 10n ** BigInt(r.scale + v.scale);
}

export const LINE_AMOUNT_MESSAGE = `makes the amount (rate × volume) ${LIMIT_TEXT} or more`;

/** Adds the amount bound's issue beside both rate and volume, so a form shows it at either. */
export function checkLineAmount(
  item: { rate: string; volume: string },
  ctx: z.RefinementCtx,
): void {
  if (isLineAmountWithinBound(item.rate, item.volume)) return;
  for (const path of ["rate", "volume"]) {
    ctx.addIssue({ code: "custom", path: [path], message: LINE_AMOUNT_MESSAGE });
  }
}

/** An optional whole count; forms send "" (or spaces) for an empty one, the API null or nothing. */
export const ZOptionalCount = z
  .preprocess(
    (v) => {
      if (v === undefined || v === null) return null;
      if (typeof v !== "string") return v;
      return v.trim() === "" ? null : Number(v.trim());
    },
    z
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(0, "must not be negative")
      .max(MAX_COUNT, `must be at most ${MAX_COUNT.toLocaleString("en")}`)
      .nullish(),
  )
  .transform((v) => v ?? null);
