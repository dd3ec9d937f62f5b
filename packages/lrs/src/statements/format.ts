import { pickLanguage, type TLanguagePreference } from "../xapi/languages";

type TJson = Record<string, unknown>;
const isObject = (v: unknown): v is TJson => !!v && typeof v === "object" && !Array.isArray(v);

const IFI_PROPS = ["mbox", "mbox_sha1sum", "openid", "account"] as const;

/** `format=ids`: agents and groups keep only their IFI (anonymous groups their members'). */
function idsOfActor(actor: unknown): unknown {
  if (!isObject(actor)) return actor;
  const out: TJson = {};
  if (actor.objectType) out.objectType = actor.objectType;
  for (const p of IFI_PROPS) if (actor[p] !== undefined) out[p] = actor[p];
  if (Array.isArray(actor.member) && !IFI_PROPS.some((p) => actor[p] !== undefined))
    out.member = actor.member.map(idsOfActor);
  return out;
}

function idsOfObject(object: unknown): unknown {
  if (!isObject(object)) return object;
  const type = object.objectType ?? "Activity";
  if (type === "Activity") return { id: object.id };
  if (type === "Agent" || type === "Group") return idsOfActor(object);
  if (type === "SubStatement") return idsOfStatement(object);
  return object;
}

function idsOfContext(context: unknown): unknown {
  if (!isObject(context)) return context;
  const out: TJson = { ...context };
  if (context.instructor) out.instructor = idsOfActor(context.instructor);
  if (context.team) out.team = idsOfActor(context.team);
  if (isObject(context.contextActivities)) {
    const lists: TJson = {};
    for (const [k, list] of Object.entries(context.contextActivities))
      lists[k] = Array.isArray(list) ? list.map(idsOfObject) : idsOfObject(list);
    out.contextActivities = lists;
  }
  if (Array.isArray(context.contextAgents))
    out.contextAgents = context.contextAgents.map((c: TJson) => ({
      ...c,
      agent: idsOfActor(c.agent),
    }));
  if (Array.isArray(context.contextGroups))
    out.contextGroups = context.contextGroups.map((c: TJson) => ({
      ...c,
      group: idsOfActor(c.group),
    }));
  return out;
}

function idsOfStatement(statement: TJson): TJson {
  const out: TJson = { ...statement };
  out.actor = idsOfActor(statement.actor);
  if (isObject(statement.verb)) out.verb = { id: statement.verb.id };
  out.object = idsOfObject(statement.object);
  if (statement.context) out.context = idsOfContext(statement.context);
  if (statement.authority) out.authority = idsOfActor(statement.authority);
  return out;
}

export function toIdsFormat(statement: TJson): TJson {
  return idsOfStatement(statement);
}

/** Activity ids a statement names anywhere (object, context activities, sub-statement). */
export function activityIdsOf(statement: TJson, into = new Set<string>()): Set<string> {
  const visit = (a: unknown) => {
    if (isObject(a) && (a.objectType ?? "Activity") === "Activity" && typeof a.id === "string")
      into.add(a.id);
  };
  const object = statement.object;
  visit(object);
  const ctx = statement.context;
  if (isObject(ctx) && isObject(ctx.contextActivities))
    for (const list of Object.values(ctx.contextActivities))
      for (const a of Array.isArray(list) ? list : [list]) visit(a);
  if (isObject(object) && object.objectType === "SubStatement") activityIdsOf(object, into);
  return into;
}

/**
 * `format=canonical`: activities carry the LRS's canonical definition, and every language map
 * (verb display, activity name and description, interaction components, attachment display) is
 * reduced to the one language the Accept-Language header prefers.
 */
export function toCanonicalFormat(
  statement: TJson,
  definitions: Map<string, TJson | null>,
  languages: TLanguagePreference,
): TJson {
  const reduce = (map: unknown) => (isObject(map) ? pickLanguage(map, languages) : map);
  const activity = (a: unknown): unknown => {
    if (!isObject(a) || (a.objectType ?? "Activity") !== "Activity") return a;
    const definition = definitions.get(a.id as string) ?? (a.definition as TJson | undefined);
    if (!definition) return a;
    const d: TJson = { ...definition };
    if (d.name) d.name = reduce(d.name);
    if (d.description) d.description = reduce(d.description);
    for (const list of ["choices", "scale", "source", "target", "steps"])
      if (Array.isArray(d[list]))
        d[list] = (d[list] as TJson[]).map((c) => ({ ...c, description: reduce(c.description) }));
    return { ...a, definition: d };
  };
  const statementOf = (s: TJson): TJson => {
    const out: TJson = { ...s };
    if (isObject(s.verb) && s.verb.display)
      out.verb = { ...s.verb, display: reduce(s.verb.display) };
    const object = s.object;
    out.object =
      isObject(object) && object.objectType === "SubStatement"
        ? statementOf(object)
        : activity(object);
    if (isObject(s.context) && isObject(s.context.contextActivities)) {
      const lists: TJson = {};
      for (const [k, list] of Object.entries(s.context.contextActivities))
        lists[k] = Array.isArray(list) ? list.map(activity) : activity(list);
      out.context = { ...s.context, contextActivities: lists };
    }
    if (Array.isArray(s.attachments))
      out.attachments = (s.attachments as TJson[]).map((a) => ({
        ...a,
        display: reduce(a.display),
        ...(a.description ? { description: reduce(a.description) } : {}),
      }));
    return out;
  };
  return statementOf(statement);
}
