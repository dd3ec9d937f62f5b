import type { TPersonHistoryEntry } from "@xroi/validators";
import { auditHistory } from "../audit/list-audit";
import type { TDb } from "../db";

type TAudit = { action: string; before: unknown; after: unknown };
/** Names the summaries need that the audit rows hold only as ids. */
export type THistoryNames = {
  people: Map<string, string>;
  places: Map<string, string>;
  identifiers: Map<string, string>;
};

const obj = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown) => (typeof v === "string" ? v : "");
const list = (v: unknown) => (Array.isArray(v) ? v : []);
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
const idText = (i: Record<string, unknown>) => `${str(i.system)} ${str(i.kind)} ${str(i.value)}`;

/** One audit row about a person as a sentence an admin or privacy lead reads. */
export function describePersonChange(entry: TAudit, names: THistoryNames): string {
  const before = obj(entry.before);
  const after = obj(entry.after);
  const person = (id: unknown, fallback = "another person") =>
    names.people.get(str(id)) ?? fallback;
  const place = (id: unknown) => (id ? (names.places.get(str(id)) ?? "another") : "none");
  switch (entry.action) {
    case "people.create":
      return `Created “${str(after.displayName)}”.`;
    case "people.update": {
      const changes: string[] = [];
      if (before.displayName !== after.displayName)
        changes.push(`name “${str(before.displayName)}” → “${str(after.displayName)}”`);
      for (const [key, label] of [
        ["organizationId", "organisation"],
        ["teamId", "team"],
      ] as const)
        if ((before[key] ?? null) !== (after[key] ?? null))
          changes.push(`${label} ${place(before[key])} → ${place(after[key])}`);
      return changes.length ? `Changed ${changes.join(", ")}.` : "Saved without changes.";
    }
    case "people.identifier.add":
      return `Added ${idText(after)}.`;
    case "people.identifier.remove":
      return `Removed ${idText(before)}.`;
    case "people.identifier.verify":
      return `Marked ${names.identifiers.get(str(after.id)) ?? "an ID"} ${after.verified ? "verified" : "not verified"}.`;
    case "people.merge":
      return (
        `Merged “${str(before.name)}” into this person: ${plural(list(after.identifiers).length, "ID")} and ` +
        `${plural(list(after.actors).length, "xAPI actor")} moved` +
        (list(after.removed).length
          ? `, ${plural(list(after.removed).length, "clashing ID")} dropped (${list(after.removed)
              .map((r) => idText(obj(r)))
              .join("; ")})`
          : "") +
        "."
      );
    case "people.merged_into":
      return `Merged into “${str(after.name)}”: its IDs and learning moved there.`;
    case "people.merge.undo":
      return `Undid the merge of “${person(after.restored)}”: ${plural(Number(after.identifiers) || 0, "ID")} went back.`;
    case "people.merge.undone":
      return `The merge into “${person(after.survivor)}” was undone: this person is active again.`;
    case "people.split":
      return `Split off “${str(after.displayName)}” with ${plural(list(after.identifiers).length, "ID")} and ${plural(list(after.actors).length, "xAPI actor")}.`;
    case "people.split.from":
      return `Split from “${str(after.fromName)}” with ${plural(Number(after.identifiers) || 0, "ID")}.`;
    default:
      return entry.action;
  }
}

/** A person's history, newest first, from the audit log: who did what, in words. */
export async function personHistory(db: TDb, personId: string): Promise<TPersonHistoryEntry[]> {
  const rows = await auditHistory(db, "person", personId, 100);
  const ids = (pick: (a: Record<string, unknown>, b: Record<string, unknown>) => unknown[]) =>
    [...new Set(rows.flatMap((r) => pick(obj(r.after), obj(r.before)).map(str)))].filter(Boolean);
  const [people, orgs, teams, identifiers] = await Promise.all([
    db.person.findMany({
      where: { id: { in: ids((a) => [a.restored, a.survivor]) } },
      select: { id: true, displayName: true },
    }),
    db.organization.findMany({
      where: { id: { in: ids((a, b) => [a.organizationId, b.organizationId]) } },
      select: { id: true, name: true },
    }),
    db.team.findMany({
      where: { id: { in: ids((a, b) => [a.teamId, b.teamId]) } },
      select: { id: true, name: true },
    }),
    db.personIdentifier.findMany({
      where: { id: { in: ids((a) => [a.id]) } },
      select: { id: true, system: true, kind: true, value: true },
    }),
  ]);
  const names: THistoryNames = {
    people: new Map(people.map((p) => [p.id, p.displayName])),
    places: new Map([...orgs, ...teams].map((o) => [o.id, o.name])),
    identifiers: new Map(identifiers.map((i) => [i.id, idText(i)])),
  };
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    summary: describePersonChange(r, names),
  }));
}
