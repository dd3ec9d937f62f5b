import type { TLrsStatementDetail } from "@xroi/validators";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";

/**
 * One statement in full, for a person to read. A statement is one person's record, so reading it
 * leaves an audit entry (DESIGN.md: seeing one person's records needs a role and is recorded). The
 * entry names the statement only; the actor stays in lrs_statements, where erasure finds it.
 */
export async function viewStatement(
  db: TDb,
  actor: TActor,
  id: string,
): Promise<TLrsStatementDetail> {
  return inTransaction(db, async (tx) => {
    const row = await tx.lrsStatement.findUnique({
      where: { id },
      select: { id: true, stored: true, statement: true, voided: true },
    });
    if (!row) throw new DomainError("NOT_FOUND", `no statement ${id}`, "id");
    await recordAudit(tx, {
      actor,
      action: "lrs_statement.view",
      entityType: "lrs_statement",
      entityId: row.id,
    });
    const statement = row.statement as Record<string, unknown>;
    return {
      id: row.id,
      // The statement's own `stored` keeps the microseconds the column's Date rounds off.
      stored: typeof statement.stored === "string" ? statement.stored : row.stored.toISOString(),
      isVoided: row.voided,
      statement,
    };
  });
}
