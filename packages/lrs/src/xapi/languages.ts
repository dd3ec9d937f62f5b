/**
 * Accept-Language as an ordered list of language ranges (highest q first), used to reduce language
 * maps to one entry for `format=canonical`.
 */
export type TLanguagePreference = string[];

export function parseAcceptLanguage(header: string | null): TLanguagePreference {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [range, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { range: (range ?? "").trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.range && r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((r) => r.range);
}

/**
 * The one entry of a language map the preference picks: an exact tag, then a tag the range is a
 * prefix of (en matches en-GB), then `*` or nothing matching: the map's first entry.
 */
export function pickLanguage(
  map: Record<string, unknown>,
  preference: TLanguagePreference,
): Record<string, unknown> {
  const tags = Object.keys(map);
  if (tags.length <= 1) return map;
  for (const range of preference) {
    if (range === "*") break;
    const exact = tags.find((t) => t.toLowerCase() === range);
    if (exact) return { [exact]: map[exact] };
    const prefixed = tags.find((t) => t.toLowerCase().startsWith(`${range}-`));
    if (prefixed) return { [prefixed]: map[prefixed] };
    const base = range.split("-")[0]!;
    const sameBase = tags.find((t) => t.toLowerCase().split("-")[0] === base);
    if (sameBase) return { [sameBase]: map[sameBase] };
  }
  const first = tags[0]!;
  return { [first]: map[first] };
}
