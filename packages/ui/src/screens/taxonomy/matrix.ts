import type { TFramework, TRoleMatrix } from "@xroi/validators";

export type TMatrixCell = TRoleMatrix["cells"][number];

export function cellKey(roleId: string, skillId: string): string {
  return `${roleId}:${skillId}`;
}

/** The matrix's cells by role and skill, for a grid that looks each one up. */
export function indexCells(cells: readonly TMatrixCell[]): Map<string, TMatrixCell> {
  return new Map(cells.map((c) => [cellKey(c.roleId, c.skillId), c]));
}

/** Each framework's level names, so a cell can say "3 · Practitioner" instead of "3". */
export function levelNames(
  frameworks: readonly TFramework[] = [],
): Map<string, Map<number, string>> {
  return new Map(frameworks.map((f) => [f.id, new Map(f.levels.map((l) => [l.level, l.name]))]));
}

export function levelLabel(
  names: Map<string, Map<number, string>>,
  frameworkId: string,
  level: number,
): string {
  const name = names.get(frameworkId)?.get(level);
  return name ? `${level} · ${name}` : String(level);
}

/** How many skills a role requires, essential and optional: the column's footer. */
export function roleCounts(cells: readonly TMatrixCell[], roleId: string) {
  const mine = cells.filter((c) => c.roleId === roleId);
  const essential = mine.filter((c) => c.isEssential).length;
  return { essential, optional: mine.length - essential };
}

/** The level to offer first when a cell is set: its own, else the middle of the scale. */
export function defaultLevel(levels: readonly number[], current?: number): number | undefined {
  if (current !== undefined && levels.includes(current)) return current;
  return levels[Math.floor((levels.length - 1) / 2)];
}
