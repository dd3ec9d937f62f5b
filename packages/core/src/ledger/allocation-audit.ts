import type { Prisma } from "@xroi/db";
import type { z } from "zod";
import type { ZAllocationSaveSchema } from "@xroi/validators";

type TAllocationRow = Prisma.CostAllocationGetPayload<{ include: { targets: true } }>;
type TAllocationInput = z.output<typeof ZAllocationSaveSchema>;

const day = (date: Date) => date.toISOString().slice(0, 10);
/** "2.500000" and "02.5" as the database gives them back: "2.5". */
const canonical = (text: string) => {
  const trimmed = text.replace(/^0+(?=\d)/, "");
  return trimmed.includes(".") ? trimmed.replace(/0+$/, "").replace(/\.$/, "") : trimmed;
};

/**
 * An allocation as its audit entries hold it, the same from a stored row (before) as from the
 * saved input (after), so a history shows only what someone changed.
 */
export function allocationAudit(row: TAllocationRow) {
  return {
    programId: row.programId,
    name: row.name,
    basis: row.basis,
    window:
      row.windowFrom && row.windowTo ? { from: day(row.windowFrom), to: day(row.windowTo) } : null,
    withOptional: row.withOptional,
    targets: [...row.targets]
      .sort((a, b) => a.position - b.position)
      .map((t) => ({
        label: t.label,
        kind: t.kind,
        assetId: t.assetId,
        weight: canonical(t.weight.toString()),
        learners: t.learners,
        completions: t.completions,
        outcomes: t.outcomes,
        outcomeLabel: t.outcomeLabel,
      })),
  };
}

export function allocationAuditOfInput(input: TAllocationInput) {
  return {
    programId: input.programId,
    name: input.name,
    basis: input.basis,
    window: input.window,
    withOptional: input.withOptional,
    targets: input.targets.map((t) => ({
      label: t.label,
      kind: t.kind,
      assetId: t.assetId,
      weight: canonical(t.weight),
      learners: t.learners,
      completions: t.completions,
      outcomes: t.outcomes,
      outcomeLabel: t.outcomeLabel,
    })),
  };
}
