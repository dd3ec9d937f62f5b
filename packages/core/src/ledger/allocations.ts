import type { Prisma } from "@xroi/db";
import { ZAllocationSaveSchema, type TAllocationSaveInput } from "@xroi/validators";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { allocateLargestRemainder } from "./allocate";
import { allocationAudit, allocationAuditOfInput } from "./allocation-audit";
import { divideRoundHalfEven, formatMinor, parseDecimal, pow10 } from "./decimal";
import { asDate, programLedger, programOrThrow } from "./programs";

const WEIGHT_SCALE = 6;
type TAllocationInput = z.output<typeof ZAllocationSaveSchema>;
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

type TAllocationRow = Prisma.CostAllocationGetPayload<{
  include: { targets: { include: { asset: { select: { title: true } } } } };
}>;
const WITH_TARGETS = {
  targets: { include: { asset: { select: { title: true } } } },
} satisfies Prisma.CostAllocationInclude;

export type TAllocatedTarget = {
  id: string;
  /** A linked asset's title as it is now; the typed name otherwise. */
  label: string;
  kind: "asset" | "cohort";
  assetId: string | null;
  weight: string;
  /** The target's part of the weights, as a percentage with two decimals ("33.33"). */
  sharePercent: string;
  learners: number | null;
  completions: number | null;
  outcomes: number | null;
  outcomeLabel: string;
  amountMinor: bigint;
  perLearnerMinor: bigint | null;
  perCompletionMinor: bigint | null;
  perOutcomeMinor: bigint | null;
};

export type TAllocation = {
  id: string;
  name: string;
  basis: "shares" | "learner_count" | "learner_hours";
  window: { from: string; to: string } | null;
  withOptional: boolean;
  /** The window the amounts cover: the allocation's own, or the program's period. */
  coveredWindow: { from: string; to: string };
  totalMinor: bigint;
  targets: TAllocatedTarget[];
};

const weightUnits = (weight: string) => {
  const d = parseDecimal(weight, WEIGHT_SCALE);
  return d.units * pow10(WEIGHT_SCALE - d.scale);
};
const perUnit = (amount: bigint, count: number | null) =>
  count && count > 0 ? divideRoundHalfEven(amount, BigInt(count)) : null;

/** Splits the cost in the allocation's window by its weights; the parts add up to the total exactly. */
function computeAllocation(
  row: TAllocationRow,
  totalMinor: bigint,
  covered: TAllocation["coveredWindow"],
): TAllocation {
  const targets = [...row.targets].sort((a, b) => a.position - b.position);
  const weights = targets.map((t) => weightUnits(t.weight.toString()));
  const sum = weights.reduce((a, b) => a + b, 0n);
  const amounts = sum > 0n ? allocateLargestRemainder(totalMinor, weights) : weights.map(() => 0n);
  return {
    id: row.id,
    name: row.name,
    basis: row.basis,
    window:
      row.windowFrom && row.windowTo
        ? { from: day(row.windowFrom)!, to: day(row.windowTo)! }
        : null,
    withOptional: row.withOptional,
    coveredWindow: covered,
    totalMinor,
    targets: targets.map((t, i) => {
      const amountMinor = amounts[i]!;
      // Split by learner count, the weight is the learner count unless one is given.
      const learners =
        t.learners ??
        (row.basis === "learner_count" ? Number(weights[i]! / pow10(WEIGHT_SCALE)) : null);
      return {
        id: t.id,
        label: t.asset?.title ?? t.label,
        kind: t.kind,
        assetId: t.assetId,
        weight: t.weight.toString(),
        sharePercent:
          sum > 0n ? formatMinor(divideRoundHalfEven(weights[i]! * 10_000n, sum), 2) : "0.00",
        learners,
        completions: t.completions,
        outcomes: t.outcomes,
        outcomeLabel: t.outcomeLabel,
        amountMinor,
        perLearnerMinor: perUnit(amountMinor, learners),
        perCompletionMinor: perUnit(amountMinor, t.completions),
        perOutcomeMinor: perUnit(amountMinor, t.outcomes),
      };
    }),
  };
}

/** A program's allocations with their amounts computed from the ledger as it stands now. */
export async function listAllocations(db: TDb, programId: string): Promise<TAllocation[]> {
  await programOrThrow(db, programId);
  const rows = await db.costAllocation.findMany({
    where: { programId },
    include: WITH_TARGETS,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const ledgers = new Map<string, Awaited<ReturnType<typeof programLedger>>>();
  const out: TAllocation[] = [];
  for (const row of rows) {
    const window =
      row.windowFrom && row.windowTo
        ? { from: day(row.windowFrom)!, to: day(row.windowTo)! }
        : undefined;
    const key = window ? `${window.from}/${window.to}` : "program";
    if (!ledgers.has(key)) ledgers.set(key, await programLedger(db, programId, window));
    const ledger = ledgers.get(key)!;
    const total = row.withOptional ? ledger.totals.total : ledger.totals.withoutOptional;
    out.push(computeAllocation(row, total, ledger.window));
  }
  return out;
}

/**
 * The targets in order, each linked one named by its asset's title; refuses a link to an asset
 * that does not exist (deleted since the list was shown), naming the row.
 */
async function withAssetTitles(tx: TDb, targets: TAllocationInput["targets"]) {
  const ids = [...new Set(targets.flatMap((t) => (t.assetId ? [t.assetId] : [])))];
  const assets = await tx.learningAsset.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true },
  });
  const titles = new Map(assets.map((a) => [a.id, a.title]));
  return targets.map((t, position) => {
    if (!t.assetId) return { ...t, position };
    const title = titles.get(t.assetId);
    if (title === undefined) {
      throw new DomainError(
        "NOT_FOUND",
        "this learning asset no longer exists",
        `targets.${position}.label`,
      );
    }
    return { ...t, label: title, position };
  });
}

/** Creates or replaces an allocation (its targets are rewritten in order); audited with before and after. */
export async function saveAllocation(
  db: TDb,
  actor: TActor,
  raw: TAllocationSaveInput,
): Promise<{ id: string }> {
  const input = ZAllocationSaveSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    await programOrThrow(tx, input.programId);
    const clash = await tx.costAllocation.findFirst({
      where: {
        programId: input.programId,
        name: input.name,
        NOT: input.id ? { id: input.id } : undefined,
      },
    });
    if (clash)
      throw new DomainError(
        "CONFLICT",
        `this program already has an allocation named "${input.name}"`,
        "name",
      );
    const fields = {
      name: input.name,
      basis: input.basis,
      windowFrom: asDate(input.window?.from ?? null),
      windowTo: asDate(input.window?.to ?? null),
      withOptional: input.withOptional,
    };
    const targets = await withAssetTitles(tx, input.targets);
    let before: TAllocationRow | null = null;
    let id = input.id;
    if (id) {
      before = await tx.costAllocation.findFirst({
        where: { id, programId: input.programId },
        include: WITH_TARGETS,
      });
      if (!before) throw new DomainError("NOT_FOUND", "this allocation no longer exists", "id");
      await tx.allocationTarget.deleteMany({ where: { allocationId: id } });
      await tx.costAllocation.update({
        where: { id },
        data: { ...fields, targets: { create: targets } },
      });
    } else {
      ({ id } = await tx.costAllocation.create({
        data: { ...fields, programId: input.programId, targets: { create: targets } },
      }));
    }
    await recordAudit(tx, {
      actor,
      action: before ? "cost_allocation.update" : "cost_allocation.create",
      entityType: "cost_allocation",
      entityId: id,
      before: before ? allocationAudit(before) : undefined,
      after: allocationAuditOfInput({ ...input, targets }),
    });
    return { id };
  });
}

export async function deleteAllocation(
  db: TDb,
  actor: TActor,
  id: string,
): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    const row = await tx.costAllocation.findUnique({ where: { id }, include: { targets: true } });
    if (!row) throw new DomainError("NOT_FOUND", "this allocation no longer exists", "id");
    await tx.costAllocation.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "cost_allocation.delete",
      entityType: "cost_allocation",
      entityId: id,
      before: allocationAudit(row),
    });
    return { id };
  });
}
