import type { Prisma } from "@xroi/db";
import {
  skillNameKey,
  ZCostItemCreateSchema,
  ZCostItemUpdateSchema,
  ZDateWindowSchema,
  ZProgramCreateSchema,
  type TCostItem,
  type TPeriodFit,
  type TProgram,
} from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { amountInWindowMinor } from "./in-window";
import { CURRENCY_DIGITS, isCurrency, lineAmountMinor } from "./money";
import { parseDecimal } from "./decimal";
import { periodFit } from "./period-fit";
import { ledgerTotals, type TLedgerTotals } from "./totals";

const day = (date: Date) => date.toISOString().slice(0, 10);
export const asDate = (text: string | null) => (text ? new Date(`${text}T00:00:00Z`) : null);

type TItemRow = Prisma.CostItemGetPayload<object>;

export function toCostItem(row: TItemRow): TCostItem {
  return {
    id: row.id,
    programId: row.programId,
    component: row.component,
    category: row.category,
    phase: row.phase,
    unit: row.unit,
    rate: row.rate.toString(),
    volume: row.volume.toString(),
    amountMinor: row.amountMinor,
    currency: row.currency,
    recurrence: row.recurrence,
    startsOn: row.startsOn ? day(row.startsOn) : null,
    endsOn: row.endsOn ? day(row.endsOn) : null,
    status: row.status,
    owner: row.owner,
    notes: row.notes,
    isOptional: row.isOptional,
  };
}

export function supportedCurrency(currency: string): void {
  if (!isCurrency(currency)) {
    throw new DomainError(
      "BAD_REQUEST",
      `${currency} is not a supported currency (${Object.keys(CURRENCY_DIGITS).join(", ")})`,
      "currency",
    );
  }
}

/** A program as its audit entries hold it: the fields people edit. */
export function programAudit(row: {
  name: string;
  description: string;
  currency: string;
  startsOn: Date;
  endsOn: Date;
}) {
  const { name, description, currency } = row;
  return { name, description, currency, startsOn: day(row.startsOn), endsOn: day(row.endsOn) };
}

export async function createProgram(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZProgramCreateSchema>,
) {
  const input = ZProgramCreateSchema.parse(raw);
  supportedCurrency(input.currency);
  const nameKey = skillNameKey(input.name);
  return inTransaction(db, async (tx) => {
    if (await tx.program.findUnique({ where: { nameKey } })) {
      throw new DomainError("CONFLICT", `a program named "${input.name}" already exists`, "name");
    }
    const row = await tx.program.create({
      data: { ...input, nameKey, startsOn: asDate(input.startsOn)!, endsOn: asDate(input.endsOn)! },
    });
    await recordAudit(tx, {
      actor,
      action: "program.create",
      entityType: "program",
      entityId: row.id,
      after: input,
    });
    return { id: row.id };
  });
}

/** The program's cost item amount: rate x volume, exact, in the program's minor units (per period if recurring). */
export function amountFor(input: { rate: string; volume: string }, currency: string): bigint {
  if (!isCurrency(currency))
    throw new DomainError("BAD_REQUEST", `${currency} is not a supported currency`, "currency");
  return lineAmountMinor(parseDecimal(input.rate), parseDecimal(input.volume), currency);
}

export async function programOrThrow(db: TDb, programId: string) {
  const program = await db.program.findUnique({ where: { id: programId } });
  if (!program) throw new DomainError("NOT_FOUND", "this program no longer exists", "programId");
  return program;
}

function sameCurrency(itemCurrency: string, programCurrency: string) {
  if (itemCurrency !== programCurrency) {
    throw new DomainError(
      "BAD_REQUEST",
      `must be ${programCurrency}, the program's currency`,
      "currency",
    );
  }
}

export async function createCostItem(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZCostItemCreateSchema>,
): Promise<TCostItem> {
  const { programId, ...input } = ZCostItemCreateSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const program = await programOrThrow(tx, programId);
    sameCurrency(input.currency, program.currency);
    const row = await tx.costItem.create({
      data: {
        ...input,
        programId,
        amountMinor: amountFor(input, program.currency),
        startsOn: asDate(input.startsOn),
        endsOn: asDate(input.endsOn),
      },
    });
    const item = toCostItem(row);
    await recordAudit(tx, {
      actor,
      action: "cost_item.create",
      entityType: "cost_item",
      entityId: row.id,
      after: item,
    });
    return item;
  });
}

export async function updateCostItem(
  db: TDb,
  actor: TActor,
  raw: z.input<typeof ZCostItemUpdateSchema>,
): Promise<TCostItem> {
  const { id, ...input } = ZCostItemUpdateSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const beforeRow = await tx.costItem.findUnique({ where: { id }, include: { program: true } });
    if (!beforeRow) throw new DomainError("NOT_FOUND", "this cost item no longer exists", "id");
    sameCurrency(input.currency, beforeRow.program.currency);
    const row = await tx.costItem.update({
      where: { id },
      data: {
        ...input,
        amountMinor: amountFor(input, beforeRow.program.currency),
        startsOn: asDate(input.startsOn),
        endsOn: asDate(input.endsOn),
      },
    });
    const after = toCostItem(row);
    await recordAudit(tx, {
      actor,
      action: "cost_item.update",
      entityType: "cost_item",
      entityId: id,
      before: toCostItem(beforeRow),
      after,
    });
    return after;
  });
}

export async function deleteCostItem(db: TDb, actor: TActor, id: string): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const row = await tx.costItem.findUnique({ where: { id } });
    if (!row) throw new DomainError("NOT_FOUND", "this cost item no longer exists", "id");
    await tx.costItem.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "cost_item.delete",
      entityType: "cost_item",
      entityId: id,
      before: toCostItem(row),
    });
    return { id };
  });
}

export type TProgramLedger = {
  program: Omit<TProgram, "itemCount" | "allocationCount" | "totalMinor">;
  window: { from: string; to: string };
  /** periodFit: where the item lies against the program's period (whatever the window). */
  items: Array<TCostItem & { amountInWindowMinor: bigint; periodFit: TPeriodFit }>;
  totals: TLedgerTotals;
};

/** A program's items and totals for a window (default: the program's own period), recurring items prorated. */
export async function programLedger(
  db: TDb,
  programId: string,
  window?: { from: string; to: string },
): Promise<TProgramLedger> {
  const checked = window ? ZDateWindowSchema.parse(window) : undefined;
  const program = await db.program.findUnique({
    where: { id: programId },
    include: { items: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!program) throw new DomainError("NOT_FOUND", "this program does not exist", "programId");
  const period = { from: day(program.startsOn), to: day(program.endsOn) };
  const range = checked ?? period;
  const items = program.items.map((row) => {
    const item = toCostItem(row);
    return {
      ...item,
      amountInWindowMinor: amountInWindowMinor(item, range),
      periodFit: periodFit(item, period),
    };
  });
  const totals = ledgerTotals(
    items.map((i) => ({
      amountMinor: i.amountInWindowMinor,
      category: i.category,
      phase: i.phase,
      recurrence: i.recurrence === "one_time" ? "one_time" : "recurring",
      status: i.status,
      isOptional: i.isOptional,
    })),
  );
  const { id, name, description, currency } = program;
  return {
    program: {
      id,
      name,
      description,
      currency,
      startsOn: day(program.startsOn),
      endsOn: day(program.endsOn),
    },
    window: range,
    items,
    totals,
  };
}

/** Every program with its item and allocation counts and its total over its own period. */
export async function listPrograms(db: TDb): Promise<TProgram[]> {
  const programs = await db.program.findMany({
    orderBy: { nameKey: "asc" },
    select: { id: true, _count: { select: { allocations: true } } },
  });
  const ledgers = await Promise.all(programs.map((p) => programLedger(db, p.id)));
  return ledgers.map((l, i) => ({
    ...l.program,
    itemCount: l.items.length,
    allocationCount: programs[i]!._count.allocations,
    totalMinor: l.totals.total,
  }));
}
