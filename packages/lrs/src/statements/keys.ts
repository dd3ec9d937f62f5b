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
 * The statement's own keys. `agent` matches the actor or an agent/group object (direct);
 * `related_agents` also authority, instructor, team, context agents and groups, group members and
 * the same parts of a sub-statement. `activity` matches the object (direct); `related_activities`
 * also context activities and a sub-statement's object and context activities.
 */
export function statementKeys(statement: TJson): KeySet {
  const keys = new KeySet();
  addActor(keys, statement.actor, true);
  addActor(keys, statement.authority, false);
  addContext(keys, statement.context);
  const object = asObject(statement.object);
  const type = object?.objectType ?? "Activity";
  if (object && type === "Activity" && typeof object.id === "string")
    keys.add("activity", object.id, true);
  else if (object && (type === "Agent" || type === "Group")) addActor(keys, object, true);
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
  return keys;
}
