import { agentIfi } from "../xapi/ifi";

/** One way a statement can be found: see model LrsStatementKey in prisma/schema.prisma. */
export type TKeyKind = "agent" | "activity" | "verb" | "registration";
export type TStatementKey = { kind: TKeyKind; key: string; isDirect: boolean };

type TJson = Record<string, unknown>;
const asObject = (v: unknown): TJson | undefined =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as TJson) : undefined;

/** Collects keys without duplicates; a key seen as direct anywhere stays direct. */
export class KeySet {
  private readonly map = new Map<string, TStatementKey>();

  add(kind: TKeyKind, key: string | undefined, isDirect: boolean): void {
    if (!key) return;
    const id = `${kind}\u0000${key}`;
    const seen = this.map.get(id);
    if (seen) seen.isDirect ||= isDirect;
    else this.map.set(id, { kind, key, isDirect });
  }

  remove(kind: TKeyKind, key: string): void {
    this.map.delete(`${kind}\u0000${key}`);
  }

  addAll(keys: Iterable<TStatementKey>): void {
    for (const k of keys) this.add(k.kind, k.key, k.isDirect);
  }

  values(): TStatementKey[] {
    return [...this.map.values()];
  }
}

/** An agent or group and, for a group, its members: all match `related_agents`. */
function addActor(keys: KeySet, actor: unknown, isDirect: boolean): void {
  const a = asObject(actor);
  if (!a) return;
  keys.add("agent", agentIfi(a), isDirect);
  if (Array.isArray(a.member)) for (const m of a.member) keys.add("agent", agentIfi(m), false);
}

function addContext(keys: KeySet, context: unknown): void {
  const c = asObject(context);
  if (!c) return;
  addActor(keys, c.instructor, false);
  addActor(keys, c.team, false);
  if (Array.isArray(c.contextAgents))
    for (const ca of c.contextAgents) addActor(keys, asObject(ca)?.agent, false);
  if (Array.isArray(c.contextGroups))
    for (const cg of c.contextGroups) addActor(keys, asObject(cg)?.group, false);
  const activities = asObject(c.contextActivities);
  if (activities) {
    for (const list of Object.values(activities)) {
      for (const activity of Array.isArray(list) ? list : [list]) {
        const id = asObject(activity)?.id;
        if (typeof id === "string") keys.add("activity", id, false);
      }
    }
  }
}

/**
 * The keys a statement is found by beyond its own columns (actor_ifi, activity_id, verb_id,
 * registration). `agent` matches the actor (column) or an agent/group object (direct key);
 * `related_agents` also group members, instructor, team, context agents and groups and the same
 * parts of a sub-statement (the authority is matched through the credential that wrote it).
 * `activity` matches the object (column); `related_activities` also context activities and a
 * sub-statement's object and context activities. Values equal to the statement's own columns are
 * left out, so a statement is found once.
 */
export function statementKeys(
  statement: TJson,
  own: { actorIfi: string; activityId: string | null },
): KeySet {
  const keys = new KeySet();
  const actor = asObject(statement.actor);
  if (Array.isArray(actor?.member))
    for (const m of actor.member) keys.add("agent", agentIfi(m), false);
  addContext(keys, statement.context);
  const object = asObject(statement.object);
  const type = object?.objectType ?? "Activity";
  if (object && (type === "Agent" || type === "Group")) addActor(keys, object, true);
  else if (object && type === "SubStatement") {
    addActor(keys, object.actor, false);
    addContext(keys, object.context);
    const inner = asObject(object.object);
    const innerType = inner?.objectType ?? "Activity";
    if (inner && innerType === "Activity" && typeof inner.id === "string")
      keys.add("activity", inner.id, false);
    else if (inner && (innerType === "Agent" || innerType === "Group"))
      addActor(keys, inner, false);
  }
  keys.remove("agent", own.actorIfi);
  if (own.activityId) keys.remove("activity", own.activityId);
  return keys;
}
