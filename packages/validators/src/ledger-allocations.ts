import { z } from "zod";
import { ZCalendarDateSchema } from "./dates";
import { oneOf } from "./one-of";
import { ZText } from "./text";
import { ZLedgerDecimal, ZOptionalCount } from "./ledger-numbers";

export const ALLOCATION_BASES = ["shares", "learner_count", "learner_hours"] as const;
export const ALLOCATION_BASIS_LABELS: Record<(typeof ALLOCATION_BASES)[number], string> = {
  shares: "Fixed shares",
  learner_count: "Learner count",
  learner_hours: "Learner-hours",
};
export const ALLOCATION_TARGET_KINDS = ["asset", "cohort"] as const;

export const ZAllocationTargetInputSchema = z.object({
  label: ZText(200, 1),
  kind: oneOf(ALLOCATION_TARGET_KINDS).default("cohort"),
  /** A learning asset the target stands for; its title becomes the label. Cohorts stay free text. */
  assetId: z
    .preprocess((v) => (v === "" ? null : v), z.uuid("must be a learning asset id").nullish())
    .transform((v) => v ?? null),
  weight: ZLedgerDecimal("the share, learner count or learner-hours"),
  learners: ZOptionalCount,
  completions: ZOptionalCount,
  outcomes: ZOptionalCount,
  outcomeLabel: ZText(100).default(""),
});

export const ZAllocationFieldsSchema = z.object({
  id: z.uuid("must be an allocation id").optional(),
  programId: z.uuid("must be a program id"),
  name: ZText(120, 2),
  basis: oneOf(ALLOCATION_BASES),
  window: z
    .object({ from: ZCalendarDateSchema, to: ZCalendarDateSchema })
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
    kind: string;
    assetId: string | null;
    weight: string;
    learners: number | null;
    completions: number | null;
  }>;
};

/**
 * Rules across targets: some weight above zero, labels and linked assets unique, a linked target
 * is an asset, whole learner counts, completions within learners.
 */
export function checkAllocationTargets(a: TTargetsToCheck, ctx: z.RefinementCtx): void {
  if (a.targets.length > 0 && a.targets.every((t) => /^0*(\.0*)?$/.test(t.weight))) {
    ctx.addIssue({
      code: "custom",
      path: ["targets"],
      message: "at least one weight must be above zero",
    });
  }
  const labels = new Set<string>();
  const assets = new Set<string>();
  a.targets.forEach((t, i) => {
    const label = t.label.toLowerCase();
    if (labels.has(label) || (t.assetId !== null && assets.has(t.assetId))) {
      ctx.addIssue({ code: "custom", path: ["targets", i, "label"], message: "is listed twice" });
    }
    labels.add(label);
    if (t.assetId !== null) assets.add(t.assetId);
    if (t.assetId && t.kind !== "asset") {
      ctx.addIssue({
        code: "custom",
        path: ["targets", i, "kind"],
        message: "must be asset for a linked learning asset",
      });
    }
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

/** What to ask the LRS for: linked assets' learners and learner-hours over a window. */
export const ZLrsFiguresInputSchema = z.object({
  programId: z.uuid("must be a program id"),
  assetIds: z
    .array(z.uuid("must be a learning asset id"))
    .min(1, "link at least one row to a learning asset")
    .max(100, "at most 100 assets at once"),
  window: z
    .object({ from: ZCalendarDateSchema, to: ZCalendarDateSchema })
    .refine((w) => w.to >= w.from, { path: ["to"], message: "must not be before the start" })
    .nullish()
    .transform((w) => w ?? undefined),
});

export const ZLrsFiguresSchema = z.object({
  window: z.object({ from: z.string(), to: z.string() }),
  assets: z.array(
    z.object({
      assetId: z.string(),
      learners: z.number().int(),
      /** Hours with two decimals ("12.50"), ready to be a weight. */
      learnerHours: z.string(),
      completions: z.number().int(),
      statements: z.number().int(),
    }),
  ),
});
export type TLrsFigures = z.infer<typeof ZLrsFiguresSchema>;
