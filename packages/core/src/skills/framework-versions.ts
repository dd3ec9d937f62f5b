import type { TFrameworkVersion } from "@xroi/validators";
import type { TDb } from "../db";
import { DomainError } from "../errors";

/** A framework's release history: every import, newest first, with what it did and who ran it. */
export async function listFrameworkVersions(
  db: TDb,
  frameworkId: string,
): Promise<TFrameworkVersion[]> {
  const framework = await db.skillFramework.findUnique({
    where: { id: frameworkId },
    select: {
      versions: {
        orderBy: [{ importedAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          version: true,
          fileNames: true,
          added: true,
          changed: true,
          retired: true,
          actorId: true,
          importedAt: true,
        },
      },
    },
  });
  if (!framework) {
    throw new DomainError("NOT_FOUND", "this framework no longer exists", "frameworkId");
  }
  const actorIds = [...new Set(framework.versions.map((v) => v.actorId).filter((a) => a !== null))];
  const users = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name || u.email]));
  return framework.versions.map(({ actorId, fileNames, ...v }) => ({
    ...v,
    fileNames: fileNames === "" ? [] : fileNames.split(", "),
    actor: actorId === null ? null : (names.get(actorId) ?? actorId),
  }));
}
