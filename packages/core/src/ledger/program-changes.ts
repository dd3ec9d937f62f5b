import { skillNameKey, ZProgramUpdateSchema, type TProgramUpdateInput } from "@xroi/validators";
import { auditJson, recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { allocationAudit } from "./allocation-audit";
import { asDate, programAudit, supportedCurrency, toCostItem } from "./programs";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * Renames a program, moves its period or rewrites its description; audited with before and after.
 * The currency may change only while the program has no cost items, whose amounts are in it.
 */
export async function updateProgram(
  db: TDb,
  actor: TActor,
  raw: TProgramUpdateInput,
): Promise<{ id: string }> {
  const { id, ...input } = ZProgramUpdateSchema.parse(raw);
  supportedCurrency(input.currency);
  const nameKey = skillNameKey(input.name);
  return inTransaction(db, async (tx) => {
    const before = await tx.program.findUnique({
      where: { id },
      include: { _count: { select: { items: true } } },
    });
    if (!before) throw new DomainError("NOT_FOUND", "this program no longer exists", "id");
    const clash = await tx.program.findUnique({ where: { nameKey }, select: { id: true } });
    if (clash && clash.id !== id) {
      throw new DomainError("CONFLICT", `a program named "${input.name}" already exists`, "name");
    }
    const items = before._count.items;
    if (input.currency !== before.currency && items > 0) {
      throw new DomainError(
        "BAD_REQUEST",
        `cannot change while the program has ${plural(items, "cost item")} in ${before.currency}`,
        "currency",
      );
    }
    await tx.program.update({
      where: { id },
      data: { ...input, nameKey, startsOn: asDate(input.startsOn)!, endsOn: asDate(input.endsOn)! },
    });
    await recordAudit(tx, {
      actor,
      action: "program.update",
      entityType: "program",
      entityId: id,
      before: programAudit(before),
      after: input,
    });
    return { id };
  });
}

/**
 * Deletes a program with its cost items and allocations, in one transaction. Each of them gets its
 * own delete entry in the audit log (so every history ends where the thing went), and the
 * program's entry says how many went with it.
 */
export async function deleteProgram(
  db: TDb,
  actor: TActor,
  id: string,
): Promise<{ id: string; items: number; allocations: number }> {
  return inTransaction(db, async (tx) => {
    const program = await tx.program.findUnique({
      where: { id },
      include: { items: true, allocations: { include: { targets: true } } },
    });
    if (!program) throw new DomainError("NOT_FOUND", "this program no longer exists", "id");
    await tx.program.delete({ where: { id } });
    const { items, allocations } = program;
    await recordAudit(tx, {
      actor,
      action: "program.delete",
      entityType: "program",
      entityId: id,
      before: {
        ...programAudit(program),
        itemCount: items.length,
        allocationCount: allocations.length,
      },
    });
    const actorId = actor?.id ?? null;
    await tx.auditLog.createMany({
      data: [
        ...items.map((row) => ({
          actorId,
          action: "cost_item.delete",
          entityType: "cost_item",
          entityId: row.id,
          before: auditJson(toCostItem(row)),
        })),
        ...allocations.map((row) => ({
          actorId,
          action: "cost_allocation.delete",
          entityType: "cost_allocation",
          entityId: row.id,
          before: auditJson(allocationAudit(row)),
        })),
      ],
    });
    return { id, items: items.length, allocations: allocations.length };
  });
}
