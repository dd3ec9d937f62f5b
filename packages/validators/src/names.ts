/** Letters NFKD does not take apart, folded the way people type them without the key. */
const FOLDS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * A name as search and the similar-name rules compare it: lower case, accents removed, any
 * script's letters and digits kept ("Иван Петров" stays searchable), everything else one space.
 * Shared by core (people, organisations, teams) and the demo seed.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
