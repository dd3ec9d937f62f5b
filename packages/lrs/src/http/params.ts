import { normalizeTimestamp, parseTimestamp } from "../validate";
import type { TXapiVersion } from "../xapi/versions";
import { badRequest } from "./errors";

/** Parameter names are case-sensitive and each resource knows its own; anything else is a 400. */
export function rejectUnknownParams(params: URLSearchParams, allowed: readonly string[]): void {
  for (const name of params.keys()) {
    if (!allowed.includes(name)) {
      const hint = allowed.find((a) => a.toLowerCase() === name.toLowerCase());
      throw badRequest(
        hint
          ? `${name}: is not a parameter of this resource (parameter names are case-sensitive; did you mean ${hint}?)`
          : `${name}: is not a parameter of this resource (allowed: ${allowed.join(", ")})`,
      );
    }
  }
  for (const name of new Set(params.keys())) {
    if (params.getAll(name).length > 1) throw badRequest(`${name}: must be given once`);
  }
}

export function requireParam(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (value === null || value === "") throw badRequest(`${name}: is required`);
  return value;
}

export function parseJsonParam(value: string, name: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`${name}: must be JSON`);
  }
}

/**
 * A timestamp parameter as UTC text for PostgreSQL, keeping every fraction digit: `stored` steps
 * by one microsecond, so `since=<stored of the last statement seen>` must not round.
 */
export function parseTimestampParam(value: string, name: string, version: TXapiVersion): string {
  if (parseTimestamp(value, "2.0.0")) return normalizeTimestamp(value, "2.0.0");
  const date = parseTimestamp(value, version);
  if (!date) throw badRequest(`${name}: must be an ISO 8601 timestamp`);
  return date.toISOString();
}
