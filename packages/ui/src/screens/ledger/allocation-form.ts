import {
  ZAllocationFieldsSchema,
  calendarDateProblem,
  checkAllocationTargets,
  type TAllocationSaveInput,
} from "@xroi/validators";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import { z } from "zod";

/** The allocation form's values: the window as two text boxes, empty or a date. */
export type TAllocationFormValues = Omit<TAllocationSaveInput, "window"> & {
  windowFrom: string;
  windowTo: string;
};

export const WEIGHT_LABEL = {
  shares: "Share",
  learner_count: "Learners",
  learner_hours: "Learner-hours",
} as const;

export const blankTarget = () => ({
  label: "",
  kind: "cohort" as const,
  assetId: null,
  weight: "",
  learners: "" as unknown as null,
  completions: "" as unknown as null,
  outcomes: "" as unknown as null,
  outcomeLabel: "",
});

// The API takes the window as { from, to } or nothing; the form checks each box by the date rule.
const ZDateText = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const problem = text ? calendarDateProblem(text) : undefined;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const ZAllocationFormSchema = ZAllocationFieldsSchema.omit({ window: true })
  .extend({ windowFrom: ZDateText, windowTo: ZDateText })
  .superRefine((values, ctx) => {
    checkAllocationTargets(values, ctx);
    if (values.windowFrom && !values.windowTo) {
      ctx.addIssue({ code: "custom", path: ["windowTo"], message: "is required with a start" });
    }
    if (values.windowTo && !values.windowFrom) {
      ctx.addIssue({ code: "custom", path: ["windowFrom"], message: "is required with an end" });
    }
    if (values.windowFrom && values.windowTo && values.windowTo < values.windowFrom) {
      ctx.addIssue({ code: "custom", path: ["windowTo"], message: "must not be before the start" });
    }
  });

/** The message at a dotted path of the form's errors ("targets.2.weight"), if any. */
export function messageAt(
  errors: FieldErrors<TAllocationFormValues>,
  path: string,
): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  return (node as { message?: string } | undefined)?.message;
}

export type TAllocationForm = UseFormReturn<
  TAllocationFormValues,
  unknown,
  z.output<typeof ZAllocationFormSchema>
>;
