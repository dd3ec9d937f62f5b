/**
 * Whether a statement sent again under an id the LRS already holds is the same statement (then
 * the LRS answers as if it stored it) or a different one (409). Per the xAPI statement comparison
 * rules, what the LRS itself sets or may rewrite does not count: `stored`, `authority`, `version`,
 * the case of the id, and the form of a timestamp (the same instant in another offset or
 * precision is equal). Key order never counts; array order does.
 */
type TJson = Record<string, unknown>;

const IGNORED_AT_TOP = ["stored", "authority", "version", "id"];

function instant(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/**
 * A duration with seconds cut to hundredths: xAPI compares durations only to 0.01 s, so
 * PT1.2345S and PT1.23S are the same.
 */
function durationKey(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  return value.replace(/(\d+)(?:\.(\d+))?S$/, (_m, whole: string, frac: string | undefined) => {
    const hundredths = (frac ?? "").padEnd(2, "0").slice(0, 2);
    return `${Number(whole)}.${hundredths}S`;
  });
}

function equalValues(a: unknown, b: unknown, key: string): boolean {
  if (key === "duration") {
    const da = durationKey(a);
    if (da !== undefined && da === durationKey(b)) return true;
  }
  if (key === "timestamp") {
    const ta = instant(a);
    const tb = instant(b);
    if (ta !== undefined && tb !== undefined) return ta === tb;
  }
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => equalValues(v, bb[i], ""));
  }
  return equalObjects(a as TJson, b as TJson, new Set());
}

function equalObjects(a: TJson, b: TJson, ignored: Set<string>): boolean {
  const keysA = Object.keys(a).filter((k) => !ignored.has(k) && a[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => !ignored.has(k) && b[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => k in b && equalValues(a[k], b[k], k));
}

/**
 * True when `incoming` (normalised) may be treated as the statement already stored as `stored`.
 * A timestamp the LRS filled in (the incoming statement has none) does not count either.
 */
export function isSameStatement(incoming: TJson, stored: TJson): boolean {
  const ignored = new Set(IGNORED_AT_TOP);
  if (incoming.timestamp === undefined) ignored.add("timestamp");
  return equalObjects(incoming, stored, ignored);
}
