/**
 * Validation of one xAPI statement as an LRS receives it (the body of a POST or PUT, or one
 * element of a POSTed array), for xAPI 2.0.0 or 1.0.3. Pure: no I/O, no mutation of the input.
 *
 * Every rule of the data model is checked by hand, in one pass over each object's own keys:
 * unknown or mis-cased keys, nulls (allowed only inside extension values), types, formats
 * (IRIs, UUIDs, language maps, timestamps, durations), and the cross-property rules (exactly
 * one inverse functional identifier, anonymous groups need members, revision/platform only with
 * an Activity object, score bounds, voiding needs a StatementRef, SubStatement restrictions,
 * interaction component lists matching the interactionType). All problems are reported, except
 * that nothing inside a value of the wrong type is examined.
 */
import type { TProblem } from "../xapi/problems";
import type { TXapiVersion } from "../xapi/versions";
import {
  isDuration,
  isIri,
  isIrl,
  isLanguageTag,
  isMailtoIri,
  isMediaType,
  isSha1Hex,
  isStatementVersion,
  isTimestamp,
  isUri,
  isUuid,
} from "./formats";

export type TValidateOptions = {
  version: TXapiVersion;
  /** Prefix of every problem path, e.g. `statements[3]`. Default "": paths start at the property. */
  path?: string;
};

type TObj = Record<string, unknown>;

type TCtx = {
  problems: TProblem[];
  version: TXapiVersion;
  v2: boolean;
};

export const VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

export const INTERACTION_TYPES = [
  "true-false",
  "choice",
  "fill-in",
  "long-fill-in",
  "matching",
  "performance",
  "sequencing",
  "likert",
  "numeric",
  "other",
] as const;
const INTERACTION_TYPE_SET: ReadonlySet<string> = new Set(INTERACTION_TYPES);

/** The interaction component lists each interactionType may carry. */
const COMPONENT_LISTS: Readonly<Record<string, readonly string[]>> = {
  choice: ["choices"],
  sequencing: ["choices"],
  likert: ["scale"],
  matching: ["source", "target"],
  performance: ["steps"],
};

const MSG = {
  null: "must not be null (null is only allowed inside extensions)",
  required: "is required",
  string: "must be a string",
  boolean: "must be a boolean (true or false, not a string)",
  number: "must be a number (not a string)",
  array: "must be an array",
  object: "must be a JSON object",
  uuid: "must be a UUID (8-4-4-4-12 hex digits)",
  iri: "must be an IRI (absolute, with a scheme such as http:)",
  irl: "must be an IRL (an absolute IRI with a scheme such as http:)",
  uri: "must be a URI (absolute, with a scheme such as https:)",
  mailto: "must be a mailto IRI (mailto:name@example.com)",
  sha1: "must be a hex-encoded SHA-1 hash (40 hex digits)",
  languageMap: "must be a language map (keys are RFC 5646 language tags, values strings)",
  languageTag: "must be an RFC 5646 language tag (e.g. en, en-US, zh-Hant)",
  duration: "must be an ISO 8601 duration (e.g. PT1H30M15.5S or P4W)",
  timestamp20:
    "must be an RFC 3339 timestamp with a time zone offset (e.g. 2013-05-18T05:32:34.804Z); -00:00 is not allowed",
  timestamp103:
    "must be an ISO 8601 timestamp (e.g. 2013-05-18T05:32:34.804Z); a -00:00 offset is not allowed",
  interactionType: `must be one of ${INTERACTION_TYPES.join(", ")}`,
  subStatementOnly: "must not be used in a SubStatement",
} as const;

// ---------------------------------------------------------------------------------------------
// Paths and problems

/** `path.key`, or `path["odd key"]` when the key is not identifier-like. */
function child(path: string, key: string): string {
  let plain = key.length > 0;
  for (let i = 0; i < key.length && plain; i++) {
    const c = key.charCodeAt(i);
    plain =
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      c === 95 ||
      c === 36 ||
      (i > 0 && c >= 48 && c <= 57);
  }
  if (plain) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** `path.key` for a key known to be identifier-like (a property name of the data model). */
function dot(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

function report(c: TCtx, path: string, rule: string): void {
  c.problems.push({ path, rule });
}

function isObj(v: unknown): v is TObj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reports a value that is not a JSON object: null gets the null rule, anything else `rule`. */
function expectObject(c: TCtx, v: unknown, path: string, rule: string = MSG.object): v is TObj {
  if (isObj(v)) return true;
  report(c, path, v === null ? MSG.null : rule);
  return false;
}

function unknownKey(
  c: TCtx,
  path: string,
  key: string,
  what: string,
  known: readonly string[],
): void {
  let rule = `is not a property of ${what}`;
  const lower = key.toLowerCase();
  const match = known.find((k) => k.toLowerCase() === lower);
  if (match) rule += ` (property names are case-sensitive: did you mean "${match}"?)`;
  report(c, child(path, key), rule);
}

function requireKeys(c: TCtx, obj: TObj, path: string, keys: readonly string[]): void {
  for (const k of keys) if (obj[k] === undefined) report(c, dot(path, k), MSG.required);
}

// ---------------------------------------------------------------------------------------------
// Leaf checks. Each takes the value of `obj[key]` (never undefined) and the object's path.

function str(c: TCtx, v: unknown, path: string, key: string): void {
  if (typeof v !== "string") report(c, dot(path, key), MSG.string);
}

function format(
  c: TCtx,
  v: unknown,
  path: string,
  key: string,
  ok: (s: unknown) => boolean,
  rule: string,
): void {
  if (!ok(v))
    report(c, dot(path, key), typeof v === "string" ? rule : `${rule}; found ${typeName(v)}`);
}

function typeName(v: unknown): string {
  if (Array.isArray(v)) return "an array";
  if (v === null) return "null";
  if (typeof v === "object") return "an object";
  return `a ${typeof v}`;
}

function timestamp(c: TCtx, v: unknown, path: string, key: string): void {
  if (!isTimestamp(v, c.version))
    report(c, dot(path, key), c.v2 ? MSG.timestamp20 : MSG.timestamp103);
}

function languageMap(c: TCtx, v: unknown, path: string, key: string): void {
  const p = dot(path, key);
  if (!expectObject(c, v, p, MSG.languageMap)) return;
  for (const tag in v) {
    const text = v[tag];
    if (!isLanguageTag(tag))
      report(c, p, `${MSG.languageMap}; ${JSON.stringify(tag)} is not a language tag`);
    else if (typeof text !== "string")
      report(
        c,
        child(p, tag),
        text === null ? MSG.null : `${MSG.string} (language map values are strings)`,
      );
  }
}

function extensions(c: TCtx, v: unknown, path: string, key: string): void {
  const p = dot(path, key);
  if (!expectObject(c, v, p, `${MSG.object} (a map from IRIs to any JSON values)`)) return;
  for (const k in v) {
    if (!isIri(k)) report(c, child(p, k), "is not an IRI: extension keys must be IRIs");
  }
}

// ---------------------------------------------------------------------------------------------
// Agents and Groups

const AGENT_KEYS = ["objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"];
const GROUP_KEYS = [...AGENT_KEYS, "member"];
const ACCOUNT_KEYS = ["homePage", "name"];

type TActorRole =
  /** actor, context.instructor: an Agent, or a Group with objectType "Group" */
  | "agentOrGroup"
  /** a Group member, contextAgents[].agent: an Agent only */
  | "agent"
  /** context.team, contextGroups[].group: a Group only */
  | "group"
  /** authority: an Agent, or an anonymous Group of exactly two Agents */
  | "authority";

function account(c: TCtx, v: unknown, path: string): void {
  if (!expectObject(c, v, path, `${MSG.object} with homePage and name`)) return;
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "homePage":
        format(c, val, path, k, isIrl, MSG.irl);
        break;
      case "name":
        str(c, val, path, k);
        break;
      default:
        unknownKey(c, path, k, "an account", ACCOUNT_KEYS);
    }
  }
  requireKeys(c, v, path, ACCOUNT_KEYS);
}

/** Checks the properties shared by Agents and Groups; returns how many IFIs are present. */
function agentOrGroupBody(c: TCtx, v: TObj, path: string, group: boolean): number {
  let ifis = 0;
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "objectType":
        break; // checked by the caller
      case "name":
        str(c, val, path, k);
        break;
      case "mbox":
        ifis++;
        format(c, val, path, k, isMailtoIri, MSG.mailto);
        break;
      case "mbox_sha1sum":
        ifis++;
        format(c, val, path, k, isSha1Hex, MSG.sha1);
        break;
      case "openid":
        ifis++;
        format(c, val, path, k, isUri, MSG.uri);
        break;
      case "account":
        ifis++;
        account(c, val, dot(path, k));
        break;
      case "member":
        if (group) {
          members(c, val, dot(path, k));
          break;
        }
      // falls through: an Agent has no members
      default:
        unknownKey(c, path, k, group ? "a Group" : "an Agent", group ? GROUP_KEYS : AGENT_KEYS);
    }
  }
  return ifis;
}

function members(c: TCtx, v: unknown, path: string): void {
  if (!Array.isArray(v)) {
    report(c, path, `${MSG.array} of Agents`);
    return;
  }
  for (let i = 0; i < v.length; i++) actor(c, v[i], index(path, i), "agent");
}

function agent(c: TCtx, v: TObj, path: string): void {
  const ifis = agentOrGroupBody(c, v, path, false);
  if (ifis !== 1)
    report(
      c,
      path,
      `must identify the agent with exactly one of mbox, mbox_sha1sum, openid, account (found ${ifis})`,
    );
}

function group(c: TCtx, v: TObj, path: string, role: TActorRole): void {
  const ifis = agentOrGroupBody(c, v, path, true);
  const member = v.member;
  if (role === "authority") {
    if (ifis > 0 || !Array.isArray(member) || member.length !== 2)
      report(
        c,
        path,
        "must be an Agent, or an anonymous Group (no mbox, mbox_sha1sum, openid or account) with exactly two member Agents",
      );
    return;
  }
  if (ifis > 1)
    report(
      c,
      path,
      `must identify the group with at most one of mbox, mbox_sha1sum, openid, account (found ${ifis})`,
    );
  else if (ifis === 0 && (member === undefined || (Array.isArray(member) && member.length === 0)))
    report(
      c,
      dot(path, "member"),
      "is required, with at least one Agent, in an anonymous Group (one without mbox, mbox_sha1sum, openid or account)",
    );
}

/** An Agent or Group in the given role, told apart by objectType. */
function actor(c: TCtx, v: unknown, path: string, role: TActorRole): void {
  const expected =
    role === "agent" ? "an Agent" : role === "group" ? "a Group" : "an Agent or a Group";
  if (!expectObject(c, v, path, `must be ${expected} (a JSON object)`)) return;
  const ot = v.objectType;
  if (ot === undefined || ot === "Agent") {
    if (role === "group") {
      report(
        c,
        dot(path, "objectType"),
        ot === undefined ? 'is required and must be "Group"' : 'must be "Group"',
      );
      return;
    }
    agent(c, v, path);
  } else if (ot === "Group") {
    if (role === "agent") {
      report(c, dot(path, "objectType"), 'must be "Agent" (a Group cannot contain Groups)');
      return;
    }
    group(c, v, path, role);
  } else {
    const allowed =
      role === "agent" ? '"Agent"' : role === "group" ? '"Group"' : '"Agent" or "Group"';
    report(
      c,
      dot(path, "objectType"),
      ot === null ? MSG.null : `must be ${allowed} (case-sensitive)`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Verb

const VERB_KEYS = ["id", "display"];

function verb(c: TCtx, v: unknown, path: string): void {
  if (!expectObject(c, v, path, `${MSG.object} with an id IRI`)) return;
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "id":
        format(c, val, path, k, isIri, MSG.iri);
        break;
      case "display":
        languageMap(c, val, path, k);
        break;
      default:
        unknownKey(c, path, k, "a verb", VERB_KEYS);
    }
  }
  requireKeys(c, v, path, ["id"]);
}

// ---------------------------------------------------------------------------------------------
// Activities

const ACTIVITY_KEYS = ["objectType", "id", "definition"];
const DEFINITION_KEYS = [
  "name",
  "description",
  "type",
  "moreInfo",
  "extensions",
  "interactionType",
  "correctResponsesPattern",
  "choices",
  "scale",
  "source",
  "target",
  "steps",
];
const COMPONENT_KEYS = ["id", "description"];

function activity(c: TCtx, v: TObj, path: string): void {
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "objectType":
        break; // checked by the caller
      case "id":
        format(c, val, path, k, isIri, MSG.iri);
        break;
      case "definition":
        definition(c, val, dot(path, k));
        break;
      default:
        unknownKey(c, path, k, "an Activity", ACTIVITY_KEYS);
    }
  }
  requireKeys(c, v, path, ["id"]);
}

/** An Activity in contextActivities: objectType optional but "Activity" when present. */
function contextActivity(c: TCtx, v: unknown, path: string): void {
  if (!expectObject(c, v, path, `must be an Activity (a JSON object with an id IRI)`)) return;
  const ot = v.objectType;
  if (ot !== undefined && ot !== "Activity") {
    report(
      c,
      dot(path, "objectType"),
      ot === null ? MSG.null : 'must be "Activity" (case-sensitive)',
    );
    return;
  }
  activity(c, v, path);
}

function definition(c: TCtx, v: unknown, path: string): void {
  if (!expectObject(c, v, path)) return;
  let interactionPropsPresent = false;
  let lists: string[] | undefined;
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "name":
      case "description":
        languageMap(c, val, path, k);
        break;
      case "type":
        format(c, val, path, k, isIri, MSG.iri);
        break;
      case "moreInfo":
        format(c, val, path, k, isIrl, MSG.irl);
        break;
      case "extensions":
        extensions(c, val, path, k);
        break;
      case "interactionType":
        if (typeof val !== "string" || !INTERACTION_TYPE_SET.has(val))
          report(c, dot(path, k), MSG.interactionType);
        break;
      case "correctResponsesPattern":
        interactionPropsPresent = true;
        stringArray(c, val, dot(path, k));
        break;
      case "choices":
      case "scale":
      case "source":
      case "target":
      case "steps":
        interactionPropsPresent = true;
        (lists ??= []).push(k);
        components(c, val, dot(path, k), k);
        break;
      default:
        unknownKey(c, path, k, "an Activity definition", DEFINITION_KEYS);
    }
  }
  const type = v.interactionType;
  if (interactionPropsPresent && type === undefined)
    report(
      c,
      dot(path, "interactionType"),
      "is required when correctResponsesPattern, choices, scale, source, target or steps is present",
    );
  if (lists && typeof type === "string" && INTERACTION_TYPE_SET.has(type)) {
    const allowed = COMPONENT_LISTS[type] ?? [];
    for (const list of lists) {
      if (!allowed.includes(list))
        report(
          c,
          dot(path, list),
          allowed.length
            ? `is not allowed when interactionType is "${type}" (only ${allowed.join(" and ")})`
            : `is not allowed when interactionType is "${type}" (it takes no interaction component lists)`,
        );
    }
  }
}

function stringArray(c: TCtx, v: unknown, path: string): void {
  if (!Array.isArray(v)) {
    report(c, path, v === null ? MSG.null : `${MSG.array} of strings`);
    return;
  }
  for (let i = 0; i < v.length; i++) {
    const s: unknown = v[i];
    if (typeof s !== "string") report(c, index(path, i), s === null ? MSG.null : MSG.string);
  }
}

function components(c: TCtx, v: unknown, path: string, list: string): void {
  if (!Array.isArray(v)) {
    report(c, path, `${MSG.array} of interaction components ({ id, description })`);
    return;
  }
  const seen = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const p = index(path, i);
    const comp: unknown = v[i];
    if (!expectObject(c, comp, p, "must be an interaction component (a JSON object with an id)"))
      continue;
    for (const k in comp) {
      const val = comp[k];
      if (val === undefined) continue;
      if (val === null) {
        report(c, child(p, k), MSG.null);
        continue;
      }
      switch (k) {
        case "id":
          if (typeof val !== "string" || val.length === 0)
            report(c, dot(p, k), "must be a non-empty string");
          else if (seen.has(val))
            report(
              c,
              dot(p, k),
              `must be unique within ${list} (${JSON.stringify(val)} is repeated)`,
            );
          else seen.add(val);
          break;
        case "description":
          languageMap(c, val, p, k);
          break;
        default:
          unknownKey(c, p, k, "an interaction component", COMPONENT_KEYS);
      }
    }
    requireKeys(c, comp, p, ["id"]);
  }
}

// ---------------------------------------------------------------------------------------------
// Statement references and the object property

const STATEMENT_REF_KEYS = ["objectType", "id"];

/** A StatementRef (objectType already known to be "StatementRef" unless `checkType`). */
function statementRef(c: TCtx, v: unknown, path: string, checkType: boolean): void {
  if (
    !expectObject(
      c,
      v,
      path,
      'must be a StatementRef ({ "objectType": "StatementRef", "id": UUID })',
    )
  )
    return;
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "objectType":
        if (checkType && val !== "StatementRef")
          report(c, dot(path, k), 'must be "StatementRef" (case-sensitive)');
        break;
      case "id":
        format(c, val, path, k, isUuid, MSG.uuid);
        break;
      default:
        unknownKey(c, path, k, "a StatementRef", STATEMENT_REF_KEYS);
    }
  }
  requireKeys(c, v, path, checkType ? STATEMENT_REF_KEYS : ["id"]);
}

const OBJECT_TYPES = "Activity, Agent, Group, SubStatement, StatementRef";

function statementObject(c: TCtx, v: unknown, path: string, inSubStatement: boolean): void {
  if (
    !expectObject(
      c,
      v,
      path,
      "must be an Activity, Agent, Group, SubStatement or StatementRef (a JSON object)",
    )
  )
    return;
  const ot = v.objectType;
  switch (ot) {
    case undefined:
      if (
        v.mbox !== undefined ||
        v.mbox_sha1sum !== undefined ||
        v.openid !== undefined ||
        v.account !== undefined ||
        v.member !== undefined
      ) {
        report(
          c,
          dot(path, "objectType"),
          'is required when the object is an Agent or Group ("Agent" or "Group"); without it the object is an Activity',
        );
        return;
      }
      activity(c, v, path);
      return;
    case "Activity":
      activity(c, v, path);
      return;
    case "Agent":
      agent(c, v, path);
      return;
    case "Group":
      group(c, v, path, "agentOrGroup");
      return;
    case "StatementRef":
      statementRef(c, v, path, false);
      return;
    case "SubStatement":
      if (inSubStatement) {
        report(
          c,
          path,
          "must not be a SubStatement: a SubStatement cannot contain another SubStatement",
        );
        return;
      }
      statementBody(c, v, path, true);
      return;
    default:
      report(
        c,
        dot(path, "objectType"),
        ot === null ? MSG.null : `must be one of ${OBJECT_TYPES} (case-sensitive)`,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Result

const RESULT_KEYS = ["score", "success", "completion", "response", "duration", "extensions"];
const SCORE_KEYS = ["scaled", "raw", "min", "max"];

function result(c: TCtx, v: unknown, path: string): void {
  if (!expectObject(c, v, path)) return;
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "score":
        score(c, val, dot(path, k));
        break;
      case "success":
      case "completion":
        if (typeof val !== "boolean") report(c, dot(path, k), MSG.boolean);
        break;
      case "response":
        str(c, val, path, k);
        break;
      case "duration":
        format(c, val, path, k, isDuration, MSG.duration);
        break;
      case "extensions":
        extensions(c, val, path, k);
        break;
      default:
        unknownKey(c, path, k, "a result", RESULT_KEYS);
    }
  }
}

function isNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function score(c: TCtx, v: unknown, path: string): void {
  if (!expectObject(c, v, path)) return;
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "scaled":
        if (!isNumber(val)) report(c, dot(path, k), MSG.number);
        else if (val < -1 || val > 1) report(c, dot(path, k), "must be between -1 and 1");
        break;
      case "raw":
      case "min":
      case "max":
        if (!isNumber(val)) report(c, dot(path, k), MSG.number);
        break;
      default:
        unknownKey(c, path, k, "a score", SCORE_KEYS);
    }
  }
  const { raw, min, max } = v;
  if (isNumber(min) && isNumber(max) && min >= max)
    report(c, dot(path, "min"), `must be less than max (${min} is not less than ${max})`);
  if (isNumber(raw)) {
    if (isNumber(min) && raw < min)
      report(c, dot(path, "raw"), `must be between min and max (${raw} is less than min ${min})`);
    if (isNumber(max) && raw > max)
      report(
        c,
        dot(path, "raw"),
        `must be between min and max (${raw} is greater than max ${max})`,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Context

const CONTEXT_KEYS_103 = [
  "registration",
  "instructor",
  "team",
  "contextActivities",
  "revision",
  "platform",
  "language",
  "statement",
  "extensions",
];
const CONTEXT_KEYS_20 = [...CONTEXT_KEYS_103, "contextAgents", "contextGroups"];
const CONTEXT_ACTIVITY_KEYS = ["parent", "grouping", "category", "other"];
const CONTEXT_AGENT_KEYS = ["objectType", "agent", "relevantTypes"];
const CONTEXT_GROUP_KEYS = ["objectType", "group", "relevantTypes"];

function context(c: TCtx, v: unknown, path: string, objectIsActivity: boolean): void {
  if (!expectObject(c, v, path)) return;
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "registration":
        format(c, val, path, k, isUuid, MSG.uuid);
        break;
      case "instructor":
        actor(c, val, dot(path, k), "agentOrGroup");
        break;
      case "team":
        actor(c, val, dot(path, k), "group");
        break;
      case "contextActivities":
        contextActivities(c, val, dot(path, k));
        break;
      case "revision":
      case "platform":
        if (typeof val !== "string") report(c, dot(path, k), MSG.string);
        else if (!objectIsActivity)
          report(c, dot(path, k), "must only be used when the statement's object is an Activity");
        break;
      case "language":
        format(c, val, path, k, isLanguageTag, MSG.languageTag);
        break;
      case "statement":
        statementRef(c, val, dot(path, k), true);
        break;
      case "extensions":
        extensions(c, val, path, k);
        break;
      case "contextAgents":
      case "contextGroups":
        if (c.v2) {
          contextAgentsOrGroups(c, val, dot(path, k), k === "contextAgents");
          break;
        }
        report(
          c,
          dot(path, k),
          `is not a property of context in xAPI 1.0.3 (${k} is new in xAPI 2.0)`,
        );
        break;
      default:
        unknownKey(c, path, k, "context", c.v2 ? CONTEXT_KEYS_20 : CONTEXT_KEYS_103);
    }
  }
}

function contextActivities(c: TCtx, v: unknown, path: string): void {
  if (!expectObject(c, v, path, `${MSG.object} with parent, grouping, category or other`)) return;
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    const p = child(path, k);
    if (val === null) {
      report(c, p, MSG.null);
      continue;
    }
    switch (k) {
      case "parent":
      case "grouping":
      case "category":
      case "other":
        if (Array.isArray(val)) {
          for (let i = 0; i < val.length; i++) contextActivity(c, val[i], index(p, i));
        } else if (isObj(val)) contextActivity(c, val, p);
        else report(c, p, "must be an Activity or an array of Activities");
        break;
      default:
        unknownKey(
          c,
          path,
          k,
          "contextActivities (allowed: parent, grouping, category, other)",
          CONTEXT_ACTIVITY_KEYS,
        );
    }
  }
}

function contextAgentsOrGroups(c: TCtx, v: unknown, path: string, agents: boolean): void {
  const what = agents ? "contextAgent" : "contextGroup";
  if (!Array.isArray(v)) {
    report(c, path, v === null ? MSG.null : `${MSG.array} of ${what} objects`);
    return;
  }
  const memberKey = agents ? "agent" : "group";
  const keys = agents ? CONTEXT_AGENT_KEYS : CONTEXT_GROUP_KEYS;
  for (let i = 0; i < v.length; i++) {
    const p = index(path, i);
    const entry: unknown = v[i];
    if (!expectObject(c, entry, p, `must be a ${what} object`)) continue;
    for (const k in entry) {
      const val = entry[k];
      if (val === undefined) continue;
      if (val === null) {
        report(c, child(p, k), MSG.null);
        continue;
      }
      switch (k) {
        case "objectType":
          if (val !== what) report(c, dot(p, k), `must be "${what}" (case-sensitive)`);
          break;
        case "relevantTypes":
          if (!Array.isArray(val) || val.length === 0)
            report(c, dot(p, k), "must be a non-empty array of IRIs");
          else
            for (let j = 0; j < val.length; j++) {
              const iri: unknown = val[j];
              if (!isIri(iri)) report(c, index(dot(p, k), j), MSG.iri);
            }
          break;
        default:
          if (k === memberKey) actor(c, val, dot(p, k), agents ? "agent" : "group");
          else unknownKey(c, p, k, `a ${what}`, keys);
      }
    }
    requireKeys(c, entry, p, ["objectType", memberKey]);
  }
}

// ---------------------------------------------------------------------------------------------
// Attachments

const ATTACHMENT_KEYS = [
  "usageType",
  "display",
  "description",
  "contentType",
  "length",
  "sha2",
  "fileUrl",
];
const ATTACHMENT_REQUIRED = ["usageType", "display", "contentType", "length", "sha2"];

function attachments(c: TCtx, v: unknown, path: string): void {
  if (!Array.isArray(v)) {
    report(c, path, `${MSG.array} of attachment objects`);
    return;
  }
  for (let i = 0; i < v.length; i++) attachment(c, v[i], index(path, i));
}

function attachment(c: TCtx, v: unknown, path: string): void {
  if (!expectObject(c, v, path, "must be an attachment (a JSON object)")) return;
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "usageType":
        format(c, val, path, k, isIri, MSG.iri);
        break;
      case "display":
      case "description":
        languageMap(c, val, path, k);
        break;
      case "contentType":
        format(c, val, path, k, isMediaType, "must be an Internet media type (e.g. text/plain)");
        break;
      case "length":
        if (typeof val !== "number" || !Number.isInteger(val) || val < 0)
          report(c, dot(path, k), "must be a non-negative integer (the length in octets)");
        break;
      case "sha2":
        if (typeof val !== "string" || val.length === 0)
          report(c, dot(path, k), "must be a non-empty string (the SHA-2 hash of the attachment)");
        break;
      case "fileUrl":
        format(c, val, path, k, isIrl, MSG.irl);
        break;
      default:
        unknownKey(c, path, k, "an attachment", ATTACHMENT_KEYS);
    }
  }
  requireKeys(c, v, path, ATTACHMENT_REQUIRED);
}

// ---------------------------------------------------------------------------------------------
// Statements and SubStatements

const STATEMENT_KEYS = [
  "id",
  "actor",
  "verb",
  "object",
  "result",
  "context",
  "timestamp",
  "stored",
  "authority",
  "version",
  "attachments",
];
const SUB_STATEMENT_KEYS = [
  "objectType",
  "actor",
  "verb",
  "object",
  "result",
  "context",
  "timestamp",
  "attachments",
];

function objectIsActivity(object: unknown): boolean {
  if (!isObj(object)) return true; // nothing to hold revision/platform against; object is reported
  const ot = object.objectType;
  return ot === undefined || ot === "Activity";
}

function statementBody(c: TCtx, v: TObj, path: string, sub: boolean): void {
  for (const k in v) {
    const val = v[k];
    if (val === undefined) continue;
    if (val === null) {
      report(c, child(path, k), MSG.null);
      continue;
    }
    switch (k) {
      case "id":
        if (sub) report(c, dot(path, k), MSG.subStatementOnly);
        else format(c, val, path, k, isUuid, MSG.uuid);
        break;
      case "actor":
        actor(c, val, dot(path, k), "agentOrGroup");
        break;
      case "verb":
        verb(c, val, dot(path, k));
        break;
      case "object":
        statementObject(c, val, dot(path, k), sub);
        break;
      case "result":
        result(c, val, dot(path, k));
        break;
      case "context":
        context(c, val, dot(path, k), objectIsActivity(v.object));
        break;
      case "timestamp":
        timestamp(c, val, path, k);
        break;
      case "stored":
        if (sub) report(c, dot(path, k), MSG.subStatementOnly);
        else timestamp(c, val, path, k);
        break;
      case "authority":
        if (sub) report(c, dot(path, k), MSG.subStatementOnly);
        else actor(c, val, dot(path, k), "authority");
        break;
      case "version":
        if (sub) report(c, dot(path, k), MSG.subStatementOnly);
        else if (!isStatementVersion(val, c.version))
          report(
            c,
            dot(path, k),
            c.v2 ? "must be 2.0.x or 1.0.x (e.g. 2.0.0)" : "must be 1.0 or 1.0.x (e.g. 1.0.0)",
          );
        break;
      case "attachments":
        attachments(c, val, dot(path, k));
        break;
      case "objectType":
        if (sub) break; // "SubStatement", checked by the caller
      // falls through: a statement has no objectType
      default:
        unknownKey(
          c,
          path,
          k,
          sub ? "a SubStatement" : "a statement",
          sub ? SUB_STATEMENT_KEYS : STATEMENT_KEYS,
        );
    }
  }
  requireKeys(c, v, path, ["actor", "verb", "object"]);
  if (!sub) {
    // Voiding: the object of a voiding statement must be a StatementRef.
    const verbValue = v.verb;
    const object = v.object;
    if (
      isObj(verbValue) &&
      verbValue.id === VOIDED_VERB &&
      isObj(object) &&
      object.objectType !== "StatementRef"
    )
      report(
        c,
        dot(path, "object"),
        `must be a StatementRef when the verb is ${VOIDED_VERB} (voiding)`,
      );
  }
}

/**
 * Every problem with `value` as an xAPI statement received by an LRS speaking `options.version`,
 * or an empty array when it is valid. `stored` and `authority` may be present and are checked
 * (the LRS overwrites them). Paths are prefixed with `options.path`.
 */
export function validateStatement(value: unknown, options: TValidateOptions): TProblem[] {
  const c: TCtx = { problems: [], version: options.version, v2: options.version === "2.0.0" };
  const path = options.path ?? "";
  if (!isObj(value)) {
    report(c, path, value === null ? MSG.null : "must be a statement (a JSON object)");
    return c.problems;
  }
  statementBody(c, value, path, false);
  return c.problems;
}
