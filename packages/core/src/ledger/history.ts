import { ZLedgerHistoryInputSchema } from "@xroi/validators";
import type { z } from "zod";
import { listAuditForEntity, withActorNames } from "../audit/list-audit";
import type { TDb } from "../db";
import { formatMinor } from "./decimal";
import { CURRENCY_DIGITS, isCurrency } from "./money";

const LIMIT = 50;
type TRecord = Record<string, unknown>;
const isRecord = (v: unknown): v is TRecord =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** "North: 2, 40 learners, 31 completions, 5 renewals" for one allocation target. */
function describeTarget(t: unknown): unknown {
  if (!isRecord(t)) return t;
  const parts = [`${String(t.label)}: ${String(t.weight)}`];
  if (t.assetId) parts[0] += " (linked asset)";
  if (typeof t.learners === "number") parts.push(`${t.learners} learners`);
  if (typeof t.completions === "number") parts.push(`${t.completions} completions`);
  if (typeof t.outcomes === "number") {
    parts.push(
      `${t.outcomes} ${typeof t.outcomeLabel === "string" && t.outcomeLabel ? t.outcomeLabel : "outcomes"}`,
    );
  }
  return parts.join(", ");
}

/**
 * An audit value as a person reads it: an item's amount in its currency rather than minor units,
 * an allocation's window and targets in words; ids of the parent program left out. Entries written
 * before allocations had one audit shape (windowFrom/windowTo, raw target rows) read the same.
 */
export function readableLedgerValue(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const { programId: _programId, amountMinor, windowFrom, windowTo, ...rest } = value;
  const out: TRecord = { ...rest };
  if (
    typeof amountMinor === "string" &&
    typeof rest.currency === "string" &&
    isCurrency(rest.currency)
  ) {
    out.amount = formatMinor(BigInt(amountMinor), CURRENCY_DIGITS[rest.currency]);
  } else if (amountMinor !== undefined) out.amountMinor = amountMinor;
  if (windowFrom !== undefined || windowTo !== undefined) {
    out.window =
      typeof windowFrom === "string" && typeof windowTo === "string"
        ? { from: windowFrom.slice(0, 10), to: windowTo.slice(0, 10) }
        : null;
  }
  if ("window" in out) {
    const w = out.window;
    out.window = isRecord(w) ? `${String(w.from)} to ${String(w.to)}` : "the program's period";
  }
  if (Array.isArray(out.targets)) out.targets = out.targets.map(describeTarget);
  return out;
}

/** Deletes of a program's cost items and allocations: their rows are gone, their entries are not. */
async function deletedParts(db: TDb, programId: string) {
  return db.auditLog.findMany({
    where: {
      action: { in: ["cost_item.delete", "cost_allocation.delete"] },
      before: { path: ["programId"], equals: programId },
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: LIMIT,
  });
}

/**
 * The history of a program, cost item or allocation, newest first: who, when, before and after.
 * A program's history also holds the deletes of its items and allocations, which no screen
 * reaches any more.
 */
export async function ledgerHistory(db: TDb, raw: z.input<typeof ZLedgerHistoryInputSchema>) {
  const { entityType, entityId } = ZLedgerHistoryInputSchema.parse(raw);
  let rows = await listAuditForEntity(db, entityType, entityId, LIMIT);
  if (entityType === "program") {
    rows = [...rows, ...(await deletedParts(db, entityId))]
      .sort((a, b) => b.at.getTime() - a.at.getTime() || Number(b.id - a.id))
      .slice(0, LIMIT);
  }
  const entries = await withActorNames(db, rows);
  return entries.map((e) => ({
    ...e,
    before: readableLedgerValue(e.before),
    after: readableLedgerValue(e.after),
  }));
}
