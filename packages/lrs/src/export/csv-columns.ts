import { agentIfi } from "../xapi/ifi";

type TJson = Record<string, unknown>;
const obj = (v: unknown): TJson =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as TJson) : {};

/** The first entry of a language map, preferring en-US and en. */
function text(map: unknown): string {
  const m = obj(map);
  const value = m["en-US"] ?? m.en ?? Object.values(m)[0];
  return typeof value === "string" ? value : "";
}

const str = (v: unknown) =>
  v === undefined || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v);

/**
 * The CSV export's columns, in order (documented in docs/lrs.md). One row per statement; the full
 * statement stays available as NDJSON.
 */
export const CSV_COLUMNS: [string, (s: TJson) => string][] = [
  ["id", (s) => str(s.id)],
  ["stored", (s) => str(s.stored)],
  ["timestamp", (s) => str(s.timestamp)],
  ["actor", (s) => agentIfi(s.actor) ?? "group:anonymous"],
  ["actor_name", (s) => str(obj(s.actor).name)],
  ["verb", (s) => str(obj(s.verb).id)],
  ["verb_display", (s) => text(obj(s.verb).display)],
  ["object_type", (s) => str(obj(s.object).objectType ?? "Activity")],
  [
    "object_id",
    (s) => {
      const o = obj(s.object);
      return (o.objectType ?? "Activity") === "Activity" || o.objectType === "StatementRef"
        ? str(o.id)
        : (agentIfi(o) ?? "");
    },
  ],
  ["object_name", (s) => text(obj(obj(s.object).definition).name) || str(obj(s.object).name)],
  ["registration", (s) => str(obj(s.context).registration)],
  ["success", (s) => str(obj(s.result).success)],
  ["completion", (s) => str(obj(s.result).completion)],
  ["score_scaled", (s) => str(obj(obj(s.result).score).scaled)],
  ["score_raw", (s) => str(obj(obj(s.result).score).raw)],
  ["score_min", (s) => str(obj(obj(s.result).score).min)],
  ["score_max", (s) => str(obj(obj(s.result).score).max)],
  ["duration", (s) => str(obj(s.result).duration)],
  ["response", (s) => str(obj(s.result).response)],
  [
    "parent_activity",
    (s) => {
      const parent = obj(obj(s.context).contextActivities).parent;
      return Array.isArray(parent) ? parent.map((a) => str(obj(a).id)).join(" ") : "";
    },
  ],
  ["platform", (s) => str(obj(s.context).platform)],
  ["language", (s) => str(obj(s.context).language)],
  ["authority", (s) => agentIfi(s.authority) ?? ""],
  ["version", (s) => str(s.version)],
];
