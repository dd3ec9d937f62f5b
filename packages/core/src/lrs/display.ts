type TJson = Record<string, unknown>;

const isObject = (v: unknown): v is TJson => !!v && typeof v === "object" && !Array.isArray(v);

/**
 * One string from an xAPI language map for an admin screen: en-US, then any English, then the
 * first entry. (The LRS's own `Accept-Language` matching is for tools; a person wants one word.)
 */
export function displayText(map: unknown): string | null {
  if (!isObject(map)) return null;
  const entries = Object.entries(map).filter(
    (e): e is [string, string] => typeof e[1] === "string",
  );
  const pick =
    entries.find(([tag]) => tag.toLowerCase() === "en-us") ??
    entries.find(([tag]) => /^en(-|$)/i.test(tag)) ??
    entries[0];
  return pick ? pick[1] : null;
}

/** The IFI an agent or identified group is indexed by (mirrors packages/lrs/src/xapi/ifi.ts). */
export function agentIfi(agent: unknown): string | null {
  if (!isObject(agent)) return null;
  if (typeof agent.mbox === "string") return `mbox:${agent.mbox}`;
  if (typeof agent.mbox_sha1sum === "string")
    return `mbox_sha1sum:${agent.mbox_sha1sum.toLowerCase()}`;
  if (typeof agent.openid === "string") return `openid:${agent.openid}`;
  const account = agent.account;
  if (isObject(account) && typeof account.homePage === "string" && typeof account.name === "string")
    return `account:${account.homePage} ${account.name}`;
  return null;
}

/** What a statement's object is, in a few words: its type, id (or IFI) and a name if it has one. */
export function describeObject(object: unknown): {
  type: string;
  id: string | null;
  name: string | null;
} {
  if (!isObject(object)) return { type: "Activity", id: null, name: null };
  const type = typeof object.objectType === "string" ? object.objectType : "Activity";
  if (type === "Agent" || type === "Group")
    return {
      type,
      id: agentIfi(object),
      name: typeof object.name === "string" ? object.name : null,
    };
  if (type === "SubStatement") {
    const verb = isObject(object.verb) ? object.verb : {};
    return {
      type,
      id: null,
      name: displayText(verb.display) ?? (typeof verb.id === "string" ? verb.id : null),
    };
  }
  const definition = isObject(object.definition) ? object.definition : {};
  return {
    type,
    id: typeof object.id === "string" ? object.id : null,
    name: displayText(definition.name),
  };
}

const numberOrNull = (v: unknown): number | null => (typeof v === "number" ? v : null);
const booleanOrNull = (v: unknown): boolean | null => (typeof v === "boolean" ? v : null);

/** A statement's result as the browser shows it: success, completion and the score's parts. */
export function describeResult(result: unknown) {
  if (!isObject(result)) return null;
  const score = isObject(result.score)
    ? {
        scaled: numberOrNull(result.score.scaled),
        raw: numberOrNull(result.score.raw),
        min: numberOrNull(result.score.min),
        max: numberOrNull(result.score.max),
      }
    : null;
  return {
    success: booleanOrNull(result.success),
    completion: booleanOrNull(result.completion),
    score,
  };
}
