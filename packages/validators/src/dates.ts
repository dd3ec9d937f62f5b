import { z } from "zod";

/** The years a date may fall in: wide enough for any plan, narrow enough that no code meets year 0 or 10000. */
export const MIN_DATE_YEAR = 1900;
export const MAX_DATE_YEAR = 2999;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Why text is not a calendar date, or undefined when it is one: "2026-02-30" is refused (February
 * 2026 has 28 days) rather than read as 2 March, which is what `new Date()` and PostgreSQL do.
 */
export function calendarDateProblem(text: string): string | undefined {
  const match = DATE.exec(text);
  if (!match) return "must be a date like 2026-03-31";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) {
    return `must be in the years ${MIN_DATE_YEAR} to ${MAX_DATE_YEAR}`;
  }
  if (month < 1 || month > 12) return "is not a calendar date (the month must be 01 to 12)";
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) {
    return `is not a calendar date (${MONTHS[month - 1]} ${year} has ${days} days)`;
  }
  return undefined;
}

/** A calendar date as "YYYY-MM-DD": the one date schema every form, import and window uses. */
export const ZCalendarDateSchema = z
  .string({ error: "must be a date like 2026-03-31" })
  .trim()
  .superRefine((text, ctx) => {
    const problem = calendarDateProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** An optional calendar date: forms send "" for an empty one, the API null or nothing; all become null. */
export const ZOptionalCalendarDateSchema = z
  .preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    ZCalendarDateSchema.nullish(),
  )
  .transform((v) => v ?? null);
