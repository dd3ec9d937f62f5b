import { z } from "zod";

export const COST_CATEGORIES = [
  "people",
  "content",
  "technology",
  "licences",
  "participant_time",
  "other",
] as const;
export const COST_UNITS = ["hour", "month", "user_month", "learner_hour", "fixed"] as const;
export const COST_PHASES = [
  "discovery",
  "design",
  "build",
  "pilot",
  "deployment",
  "operations",
  "other",
] as const;
export const COST_RECURRENCES = ["one_time", "monthly", "yearly"] as const;
export const COST_STATUSES = ["planned", "actual"] as const;

export const COST_CATEGORY_LABELS: Record<(typeof COST_CATEGORIES)[number], string> = {
  people: "People",
  content: "Content",
  technology: "Technology",
  licences: "Licences",
  participant_time: "Participant time",
  other: "Other",
};

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(", ")}` });

/** A non-negative exact decimal as text: "120", "0.015", "37.5". Never a float. */
const ZAmountText = (what: string) =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .pipe(
      z
        .string()
        .min(1, "is required")
        .regex(/^-?\d+(\.\d+)?$/, `must be a number like 1234.56 (${what})`)
        .refine((v) => !v.startsWith("-"), "must not be negative")
        .refine((v) => (v.split(".")[1] ?? "").length <= 6, "must have at most 6 decimal places"),
    );

const ZDateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-03-31");
const ZCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be a 3-letter ISO 4217 code like USD");

export const ZProgramCreateSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, "must be at least 2 characters")
      .max(120, "must be at most 120 characters"),
    description: z.string().trim().max(2000, "must be at most 2000 characters").default(""),
    currency: ZCurrency,
    startsOn: ZDateOnly,
    endsOn: ZDateOnly,
  })
  .refine((p) => p.endsOn >= p.startsOn, {
    path: ["endsOn"],
    message: "must not be before the start date",
  });
export type TProgramCreateInput = z.input<typeof ZProgramCreateSchema>;

const ZCostItemFields = z.object({
  component: z
    .string()
    .trim()
    .min(2, "must be at least 2 characters")
    .max(200, "must be at most 200 characters"),
  category: oneOf(COST_CATEGORIES),
  phase: oneOf(COST_PHASES),
  unit: oneOf(COST_UNITS),
  rate: ZAmountText("the rate per unit"),
  volume: ZAmountText("the number of units"),
  currency: ZCurrency,
  recurrence: oneOf(COST_RECURRENCES),
  // Forms send "" for an empty date; the API takes null or leaves it out.
  startsOn: z
    .preprocess((v) => (v === "" ? null : v), ZDateOnly.nullish())
    .transform((v) => v ?? null),
  endsOn: z
    .preprocess((v) => (v === "" ? null : v), ZDateOnly.nullish())
    .transform((v) => v ?? null),
  status: oneOf(COST_STATUSES).default("planned"),
  owner: z.string().trim().max(200, "must be at most 200 characters").default(""),
  notes: z.string().trim().max(2000, "must be at most 2000 characters").default(""),
  isOptional: z.boolean().default(false),
});

/** Rules across fields: a recurring cost needs its start; an end needs a start and follows it. */
function checkDates(
  item: { recurrence: string; startsOn: string | null; endsOn: string | null },
  ctx: z.RefinementCtx,
) {
  if (item.recurrence !== "one_time" && !item.startsOn) {
    ctx.addIssue({
      code: "custom",
      path: ["startsOn"],
      message: "is required for a recurring cost",
    });
  }
  if (item.recurrence === "one_time" && item.endsOn) {
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "is only for recurring costs" });
  }
  if (item.startsOn && item.endsOn && item.endsOn < item.startsOn) {
    ctx.addIssue({
      code: "custom",
      path: ["endsOn"],
      message: "must not be before the start date",
    });
  }
}

export const ZCostItemCreateSchema = ZCostItemFields.extend({
  programId: z.uuid("must be a program id"),
}).superRefine(checkDates);
export const ZCostItemUpdateSchema = ZCostItemFields.extend({
  id: z.uuid("must be a cost item id"),
}).superRefine(checkDates);
export type TCostItemCreateInput = z.input<typeof ZCostItemCreateSchema>;
export type TCostItemUpdateInput = z.input<typeof ZCostItemUpdateSchema>;

export const ZDateWindowSchema = z
  .object({ from: ZDateOnly, to: ZDateOnly })
  .refine((w) => w.to >= w.from, {
    path: ["to"],
    message: "must not be before the start of the window",
  });

export const ZCostItemSchema = z.object({
  id: z.string(),
  programId: z.string(),
  component: z.string(),
  category: z.enum(COST_CATEGORIES),
  phase: z.enum(COST_PHASES),
  unit: z.enum(COST_UNITS),
  rate: z.string(),
  volume: z.string(),
  amountMinor: z.bigint(),
  currency: z.string(),
  recurrence: z.enum(COST_RECURRENCES),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: z.enum(COST_STATUSES),
  owner: z.string(),
  notes: z.string(),
  isOptional: z.boolean(),
});
export type TCostItem = z.infer<typeof ZCostItemSchema>;

export const ZProgramSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  currency: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  itemCount: z.number().int(),
  totalMinor: z.bigint(),
});
export type TProgram = z.infer<typeof ZProgramSchema>;

/** 5 MB of file, as base64 (4 characters per 3 bytes). */
export const MAX_LEDGER_FILE_BYTES = 5 * 1024 * 1024;

export const ZLedgerImportSchema = z.object({
  programId: z.uuid("must be a program id"),
  fileName: z
    .string()
    .trim()
    .min(1, "is required")
    .regex(/\.(csv|txt|xlsx)$/i, "must be a .csv or .xlsx file"),
  contentBase64: z
    .string()
    .min(1, "is empty")
    .max(Math.ceil(MAX_LEDGER_FILE_BYTES / 3) * 4, "must be at most 5 MB")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64"),
});
export type TLedgerImportInput = z.infer<typeof ZLedgerImportSchema>;

export const ALLOCATION_BASES = ["shares", "learner_count", "learner_hours"] as const;
export const ALLOCATION_BASIS_LABELS: Record<(typeof ALLOCATION_BASES)[number], string> = {
  shares: "Fixed shares",
  learner_count: "Learner count",
  learner_hours: "Learner-hours",
};
export const ALLOCATION_TARGET_KINDS = ["asset", "cohort"] as const;

// Forms send "" for an empty count; the API takes null or leaves it out.
const ZOptionalCount = z
  .preprocess(
    (v) => (v === "" || v === undefined ? null : typeof v === "string" ? Number(v) : v),
    z
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(0, "must not be negative")
      .nullish(),
  )
  .transform((v) => v ?? null);

export const ZAllocationTargetInputSchema = z.object({
  label: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  kind: oneOf(ALLOCATION_TARGET_KINDS).default("cohort"),
  weight: ZAmountText("the share, learner count or learner-hours"),
  learners: ZOptionalCount,
  completions: ZOptionalCount,
  outcomes: ZOptionalCount,
  outcomeLabel: z.string().trim().max(100, "must be at most 100 characters").default(""),
});

export const ZAllocationFieldsSchema = z.object({
  id: z.uuid("must be an allocation id").optional(),
  programId: z.uuid("must be a program id"),
  name: z
    .string()
    .trim()
    .min(2, "must be at least 2 characters")
    .max(120, "must be at most 120 characters"),
  basis: oneOf(ALLOCATION_BASES),
  window: z
    .object({ from: ZDateOnly, to: ZDateOnly })
    .refine((w) => w.to >= w.from, { path: ["to"], message: "must not be before the start" })
    .nullish()
    .transform((v) => v ?? null),
  withOptional: z.boolean().default(true),
  targets: z
    .array(ZAllocationTargetInputSchema)
    .min(1, "needs at least one asset or cohort")
    .max(500, "must be at most 500 targets"),
});

type TTargetsToCheck = {
  basis: string;
  targets: Array<{
    label: string;
    weight: string;
    learners: number | null;
    completions: number | null;
  }>;
};

/** Rules across targets: some weight above zero, labels unique, whole learner counts, completions within learners. */
export function checkAllocationTargets(a: TTargetsToCheck, ctx: z.RefinementCtx): void {
  if (a.targets.length > 0 && a.targets.every((t) => /^0*(\.0*)?$/.test(t.weight))) {
    ctx.addIssue({
      code: "custom",
      path: ["targets"],
      message: "at least one weight must be above zero",
    });
  }
  const seen = new Set<string>();
  a.targets.forEach((t, i) => {
    const key = t.label.toLowerCase();
    if (seen.has(key)) {
      ctx.addIssue({ code: "custom", path: ["targets", i, "label"], message: "is listed twice" });
    }
    seen.add(key);
    if (a.basis === "learner_count" && t.weight.includes(".") && !/\.0*$/.test(t.weight)) {
      ctx.addIssue({
        code: "custom",
        path: ["targets", i, "weight"],
        message: "must be a whole number of learners",
      });
    }
    if (t.learners !== null && t.completions !== null && t.completions > t.learners) {
      ctx.addIssue({
        code: "custom",
        path: ["targets", i, "completions"],
        message: "must not exceed the learners",
      });
    }
  });
}

export const ZAllocationSaveSchema = ZAllocationFieldsSchema.superRefine(checkAllocationTargets);
export type TAllocationSaveInput = z.input<typeof ZAllocationSaveSchema>;
