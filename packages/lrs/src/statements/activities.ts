import type { TSqlRunner } from "@xroi/db/sql";
import { mergeDefinitions } from "./activity-definitions";
import type { TPreparedStatement } from "./prepare";
import { upsertActivitiesSql } from "./store-sql";

type TJson = Record<string, unknown>;

/**
 * Records every activity the batch names; with `define`, its definition becomes canonical.
 * Activities whose definition this process already wrote unchanged are skipped (a busy tool
 * sends the same few activities all day). Returns what was written, for the cache.
 */
export async function upsertActivities(
  tx: TSqlRunner,
  prepared: TPreparedStatement[],
  canDefine: boolean,
  cache: Map<string, string> | undefined,
): Promise<[string, string][]> {
  const definitions = new Map<string, TJson | null>();
  const visit = (activity: unknown) => {
    if (!activity || typeof activity !== "object") return;
    const a = activity as TJson;
    if ((a.objectType ?? "Activity") !== "Activity" || typeof a.id !== "string") return;
    const def = canDefine && a.definition ? (a.definition as TJson) : null;
    definitions.set(a.id, mergeDefinitions(definitions.get(a.id) ?? null, def));
  };
  for (const p of prepared) forEachActivity(p.statement, visit);
  const changed: [string, string][] = [];
  for (const [id, definition] of definitions) {
    const text = JSON.stringify(definition);
    if (cache?.get(id) !== text) changed.push([id, text]);
  }
  if (changed.length === 0) return [];
  await tx.query(upsertActivitiesSql, [
    `[${changed.map(([id, text]) => `{"id":${JSON.stringify(id)},"definition":${text}}`).join(",")}]`,
  ]);
  return changed;
}

const ACTIVITY_CACHE_LIMIT = 50_000;

export function rememberActivities(
  cache: Map<string, string> | undefined,
  written: [string, string][],
) {
  if (!cache) return;
  if (cache.size + written.length > ACTIVITY_CACHE_LIMIT) cache.clear();
  for (const [id, text] of written) cache.set(id, text);
}

function forEachActivity(statement: TJson, visit: (a: unknown) => void): void {
  const object = statement.object as TJson;
  visit(object);
  const context = statement.context as TJson | undefined;
  const lists = context?.contextActivities as Record<string, unknown[]> | undefined;
  if (lists) for (const list of Object.values(lists)) for (const a of list) visit(a);
  if (object.objectType === "SubStatement") forEachActivity(object, visit);
}
