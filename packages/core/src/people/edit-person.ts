import {
  ZPersonCreateSchema,
  ZPersonUpdateSchema,
  type TOrganizations,
  type TPersonCreateInput,
  type TPersonUpdateInput,
} from "@xroi/validators";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type TActor, type TDb } from "../db";
import { DomainError } from "../errors";
import { nameKey } from "../identity/normalize";
import { activePersonOrThrow } from "./shared";

/** The team must exist and belong to the chosen organisation (or have none). */
async function checkPlacement(
  db: TDb,
  p: { organizationId: string | null; teamId: string | null },
) {
  if (p.organizationId) {
    const org = await db.organization.findUnique({ where: { id: p.organizationId } });
    if (!org)
      throw new DomainError("BAD_REQUEST", "No organisation with this id.", "organizationId");
  }
  if (p.teamId) {
    const team = await db.team.findUnique({ where: { id: p.teamId } });
    if (!team) throw new DomainError("BAD_REQUEST", "No team with this id.", "teamId");
    if (team.organizationId && team.organizationId !== p.organizationId)
      throw new DomainError(
        "BAD_REQUEST",
        `Team ${team.name} belongs to another organisation.`,
        "teamId",
      );
  }
}

export async function createPerson(db: TDb, actor: TActor, raw: TPersonCreateInput) {
  const input = ZPersonCreateSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    await checkPlacement(tx, input);
    const person = await tx.person.create({
      data: { ...input, nameKey: nameKey(input.displayName) },
    });
    await recordAudit(tx, {
      actor,
      action: "people.create",
      entityType: "person",
      entityId: person.id,
      after: input,
    });
    return { id: person.id };
  });
}

export async function updatePerson(db: TDb, actor: TActor, raw: TPersonUpdateInput) {
  const { id, ...input } = ZPersonUpdateSchema.parse(raw);
  return inTransaction(db, async (tx) => {
    const before = await activePersonOrThrow(tx, id);
    await checkPlacement(tx, input);
    await tx.person.update({
      where: { id },
      data: { ...input, nameKey: nameKey(input.displayName) },
    });
    await recordAudit(tx, {
      actor,
      action: "people.update",
      entityType: "person",
      entityId: id,
      before: {
        displayName: before.displayName,
        organizationId: before.organizationId,
        teamId: before.teamId,
      },
      after: input,
    });
    return { id };
  });
}

/** Organisations with their teams, for the person form's pickers. */
export async function listOrganizations(db: TDb): Promise<TOrganizations> {
  const orgs = await db.organization.findMany({
    orderBy: { nameKey: "asc" },
    select: {
      id: true,
      name: true,
      teams: { orderBy: { nameKey: "asc" }, select: { id: true, name: true } },
    },
  });
  return orgs;
}
