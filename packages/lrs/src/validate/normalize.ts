/**
 * The form the LRS stores a validated statement in:
 *
 * - contextActivities values that arrived as a single Activity become one-element arrays (in the
 *   statement's context and in a SubStatement's context), as the spec requires them returned;
 * - in xAPI 2.0.0, `timestamp` (also a SubStatement's) and `stored` are converted to UTC
 *   (`2013-05-18T05:32:34.804Z`, every fraction digit kept, at least three); 1.0.3 keeps them as
 *   written.
 *
 * Nothing is added or dropped: `id`, `stored`, `authority` and `version` are the store's job.
 * The input is not mutated. Objects that need no change are shared between input and result
 * (copy-on-write), so treat both as immutable.
 */
import type { TXapiVersion } from "../xapi/versions";
import { normalizeTimestamp } from "./formats";

type TObj = Record<string, unknown>;

function isObj(v: unknown): v is TObj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const CONTEXT_ACTIVITY_KEYS = ["parent", "grouping", "category", "other"] as const;

/** The context with single contextActivities wrapped in arrays, or the same object if none. */
function normalizeContext(context: TObj): TObj {
  const ca = context.contextActivities;
  if (!isObj(ca)) return context;
  let copy: TObj | undefined;
  for (const key of CONTEXT_ACTIVITY_KEYS) {
    const value = ca[key];
    if (isObj(value)) {
      copy ??= { ...ca };
      copy[key] = [value];
    }
  }
  return copy ? { ...context, contextActivities: copy } : context;
}

/** Normalises the statement-level properties shared by statements and SubStatements. */
function normalizeBody(body: TObj, version: TXapiVersion, out: TObj): void {
  const context = body.context;
  if (isObj(context)) {
    const normalized = normalizeContext(context);
    if (normalized !== context) out.context = normalized;
  }
  if (typeof body.timestamp === "string") {
    const ts = normalizeTimestamp(body.timestamp, version);
    if (ts !== body.timestamp) out.timestamp = ts;
  }
}

/**
 * A new statement object in stored form (see the module comment). Assumes `statement` passed
 * {@link validateStatement} for the same version.
 */
export function normalizeStatement(
  statement: object,
  version: TXapiVersion,
): Record<string, unknown> {
  const input = statement as TObj;
  const out: TObj = { ...input };
  normalizeBody(input, version, out);
  if (typeof input.stored === "string") {
    const stored = normalizeTimestamp(input.stored, version);
    if (stored !== input.stored) out.stored = stored;
  }
  const object = input.object;
  if (isObj(object) && object.objectType === "SubStatement") {
    const sub: TObj = {};
    normalizeBody(object, version, sub);
    if (Object.keys(sub).length > 0) out.object = { ...object, ...sub };
  }
  return out;
}
