import { z } from "zod";
import { ZCalendarDateSchema, ZOptionalCalendarDateSchema } from "./dates";
import { checkLineAmount, ZLedgerDecimal } from "./ledger-numbers";
import { oneOf } from "./one-of";
import { ZText } from "./text";

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

const ZCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be a 3-letter ISO 4217 code like USD");

const ZProgramFields = z.object({
  name: ZText(120, 2),
  description: ZText(2000).default(""),
  currency: ZCurrency,
  startsOn: ZCalendarDateSchema,
  endsOn: ZCalendarDateSchema,
});
const isPeriodInOrder = (p: { startsOn: string; endsOn: string }) => p.endsOn >= p.startsOn;
const PERIOD_ORDER = { path: ["endsOn"], message: "must not be before the start date" };

export const ZProgramCreateSchema = ZProgramFields.refine(isPeriodInOrder, PERIOD_ORDER);
export type TProgramCreateInput = z.input<typeof ZProgramCreateSchema>;
/** Name, period and description; the currency too, which core allows only while the program has no items. */
export const ZProgramUpdateSchema = ZProgramFields.extend({
  id: z.uuid("must be a program id"),
}).refine(isPeriodInOrder, PERIOD_ORDER);
export type TProgramUpdateInput = z.input<typeof ZProgramUpdateSchema>;

const ZCostItemFields = z.object({
  component: ZText(200, 2),
  category: oneOf(COST_CATEGORIES),
  phase: oneOf(COST_PHASES),
  unit: oneOf(COST_UNITS),
  rate: ZLedgerDecimal("the rate per unit"),
  volume: ZLedgerDecimal("the number of units"),
  currency: ZCurrency,
  recurrence: oneOf(COST_RECURRENCES),
  startsOn: ZOptionalCalendarDateSchema,
  endsOn: ZOptionalCalendarDateSchema,
  status: oneOf(COST_STATUSES).default("planned"),
  owner: ZText(200).default(""),
  notes: ZText(2000).default(""),
  isOptional: z.boolean().default(false),
});

/**
 * Rules across fields: a recurring cost needs its start; an end needs a start and follows it;
 * rate × volume stays below the amount bound.
 */
function checkItem(
  item: {
    recurrence: string;
    startsOn: string | null;
    endsOn: string | null;
    rate: string;
    volume: string;
  },
  ctx: z.RefinementCtx,
) {
  checkLineAmount(item, ctx);
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
}).superRefine(checkItem);
export const ZCostItemUpdateSchema = ZCostItemFields.extend({
  id: z.uuid("must be a cost item id"),
}).superRefine(checkItem);
export type TCostItemCreateInput = z.input<typeof ZCostItemCreateSchema>;
export type TCostItemUpdateInput = z.input<typeof ZCostItemUpdateSchema>;

export const ZDateWindowSchema = z
  .object({ from: ZCalendarDateSchema, to: ZCalendarDateSchema })
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
  allocationCount: z.number().int(),
  totalMinor: z.bigint(),
});
export type TProgram = z.infer<typeof ZProgramSchema>;

/** Where a cost item's dates lie against its program's period; outside ones leave its total. */
export const PERIOD_FITS = ["inside", "partly_outside", "outside"] as const;
export type TPeriodFit = (typeof PERIOD_FITS)[number];

/** What the ledger keeps a history of (audit_log entity types). */
export const LEDGER_HISTORY_ENTITIES = ["program", "cost_item", "cost_allocation"] as const;
export const ZLedgerHistoryInputSchema = z.object({
  entityType: oneOf(LEDGER_HISTORY_ENTITIES),
  entityId: z.uuid("must be an id"),
});

/** 5 MB of file, as base64 (4 characters per 3 bytes). */
export const MAX_LEDGER_FILE_BYTES = 5 * 1024 * 1024;

export const ZLedgerImportSchema = z.object({
  programId: z.uuid("must be a program id"),
  fileName: ZText(255, 1).regex(/\.(csv|txt|xlsx)$/i, "must be a .csv or .xlsx file"),
  contentBase64: z
    .string()
    .min(1, "is empty")
    .max(Math.ceil(MAX_LEDGER_FILE_BYTES / 3) * 4, "must be at most 5 MB")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64"),
});
export type TLedgerImportInput = z.infer<typeof ZLedgerImportSchema>;
