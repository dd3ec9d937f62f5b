type TJson = Record<string, unknown>;

const LANGUAGE_MAPS = ["name", "description"] as const;

/**
 * Two definitions of one activity as the LRS keeps them: the later one's properties win, language
 * maps merge entry by entry (a French name added later keeps the English one).
 */
export function mergeDefinitions(earlier: TJson | null, later: TJson | null): TJson | null {
  if (!earlier) return later;
  if (!later) return earlier;
  const merged: TJson = { ...earlier, ...later };
  for (const key of LANGUAGE_MAPS) {
    if (earlier[key] || later[key])
      merged[key] = {
        ...(earlier[key] as TJson | undefined),
        ...(later[key] as TJson | undefined),
      };
  }
  return merged;
}
