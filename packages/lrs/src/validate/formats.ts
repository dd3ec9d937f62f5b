/**
 * The string formats of the xAPI data model, checked by hand-written scanners (no regular
 * expressions with nested quantifiers, no allocation on the common path) because every ingested
 * statement runs through them.
 *
 * Version differences live here too: a timestamp is RFC 3339 in xAPI 2.0.0 but any ISO 8601
 * combined date and time in 1.0.3 (extended or basic format, time zone optional); the statement
 * `version` property is 1.0.x in 1.0.3 and 1.0.x or 2.0.x in 2.0.0. Both versions reject the
 * "unknown local offset" forms -00:00, -0000 and -00.
 */
import type { TXapiVersion } from "../xapi/versions";

// ---------------------------------------------------------------------------------------------
// Character classes

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlphaCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Two decimal digits at `i` as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  if (!isDigitCode(a) || !isDigitCode(b)) return -1;
  return (a - 48) * 10 + (b - 48);
}

// ---------------------------------------------------------------------------------------------
// UUID, hashes

/** A UUID in the standard 8-4-4-4-12 hex form (any version and variant; hex digits in any case). */
export function isUuid(s: unknown): s is string {
  if (typeof s !== "string" || s.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!isHexCode(c)) return false;
  }
  return true;
}

function isHex(s: string, length: number): boolean {
  if (s.length !== length) return false;
  for (let i = 0; i < length; i++) if (!isHexCode(s.charCodeAt(i))) return false;
  return true;
}

/** A hex-encoded SHA-1 hash (the `mbox_sha1sum` inverse functional identifier). */
export function isSha1Hex(s: unknown): s is string {
  return typeof s === "string" && isHex(s, 40);
}

// ---------------------------------------------------------------------------------------------
// IRIs

// ASCII characters that may appear after the scheme of an IRI (RFC 3987): letters, digits and the
// unreserved, reserved and percent characters. Not: controls, space, and `"<>\^`{|}`.
const IRI_ASCII = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) IRI_ASCII[c] = 1;
for (const ch of '"<>\\^`{|}') IRI_ASCII[ch.charCodeAt(0)] = 0;

/** Any non-ASCII character except the C1 controls is allowed (ucschar / iprivate). */
function isIriTailChar(c: number): boolean {
  return c < 0x80 ? IRI_ASCII[c] === 1 : c > 0x9f;
}

/** Index of the ":" ending a valid scheme (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )), or -1. */
function schemeEnd(s: string): number {
  if (s.length === 0 || !isAlphaCode(s.charCodeAt(0))) return -1;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 58) return i;
    if (!(isAlphaCode(c) || isDigitCode(c) || c === 43 || c === 45 || c === 46)) return -1;
  }
  return -1;
}

function isIriTail(s: string, from: number, asciiOnly: boolean): boolean {
  if (from >= s.length) return false;
  let fragment = false;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (asciiOnly && c >= 0x80) return false;
    if (!isIriTailChar(c)) return false;
    if (c === 37) {
      // %XX
      if (!isHexCode(s.charCodeAt(i + 1)) || !isHexCode(s.charCodeAt(i + 2))) return false;
      i += 2;
    } else if (c === 35) {
      // a fragment may not contain another "#"
      if (fragment) return false;
      fragment = true;
    }
  }
  return true;
}

/**
 * An absolute IRI (RFC 3987): a scheme, ":", and a non-empty remainder made of IRI characters
 * with well-formed percent escapes. This is the best-effort validation the spec allows; it
 * rejects what the conformance suite sends (no scheme, `ab=c://…`, spaces) without a full
 * RFC 3987 parser.
 */
export function isIri(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const end = schemeEnd(s);
  return end > 0 && isIriTail(s, end + 1, false);
}

/** An IRL: an IRI meant to be dereferenced. Syntactically the same check as {@link isIri}. */
export const isIrl = isIri;

/** An absolute URI (ASCII-only IRI), e.g. an `openid`. */
export function isUri(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const end = schemeEnd(s);
  return end > 0 && isIriTail(s, end + 1, true);
}

/** A `mailto:` IRI holding one email address: `mailto:local@domain`. */
export function isMailtoIri(s: unknown): s is string {
  if (typeof s !== "string" || s.length < 10 || !s.startsWith("mailto:")) return false;
  const at = s.indexOf("@", 7);
  if (at <= 7 || at === s.length - 1 || s.indexOf("@", at + 1) !== -1) return false;
  for (let i = 7; i < at; i++) {
    const c = s.charCodeAt(i);
    if (!isIriTailChar(c) || c === 58 || c === 47 || c === 63 || c === 35) return false; // : / ? #
    if (c === 37) {
      if (!isHexCode(s.charCodeAt(i + 1)) || !isHexCode(s.charCodeAt(i + 2))) return false;
      i += 2;
    }
  }
  // domain: dot-separated non-empty labels of letters, digits, "-" or non-ASCII (IDN) characters
  let labelLength = 0;
  for (let i = at + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (labelLength === 0) return false;
      labelLength = 0;
    } else if (isAlphaCode(c) || isDigitCode(c) || c === 45 || c > 0x9f) {
      labelLength++;
    } else return false;
  }
  return labelLength > 0;
}

// ---------------------------------------------------------------------------------------------
// Language tags (RFC 5646, well-formedness)

// Grandfathered tags (RFC 5646 section 2.1), lower-cased.
const GRANDFATHERED = new Set([
  "en-gb-oed",
  "i-ami",
  "i-bnn",
  "i-default",
  "i-enochian",
  "i-hak",
  "i-klingon",
  "i-lux",
  "i-mingo",
  "i-navajo",
  "i-pwn",
  "i-tao",
  "i-tay",
  "i-tsu",
  "sgn-be-fr",
  "sgn-be-nl",
  "sgn-ch-de",
  "art-lojban",
  "cel-gaulish",
  "no-bok",
  "no-nyn",
  "zh-guoyu",
  "zh-hakka",
  "zh-min",
  "zh-min-nan",
  "zh-xiang",
]);

const KIND_ALPHA = 1;
const KIND_DIGIT = 2;

/** 1 = letters only, 2 = digits only, 3 = letters and digits, 0 = anything else (or empty). */
function subtagKind(s: string, from: number, to: number): number {
  if (to <= from) return 0;
  let kind = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isAlphaCode(c)) kind |= KIND_ALPHA;
    else if (isDigitCode(c)) kind |= KIND_DIGIT;
    else return 0;
  }
  return kind;
}

function checkLanguageTag(tag: string): boolean {
  if (tag.length === 0 || tag.length > 255) return false;
  if (GRANDFATHERED.has(tag.toLowerCase())) return true;
  // Walk the subtags left to right; each production is recognised by length and character class.
  let start = 0;
  let end = tag.indexOf("-");
  if (end === -1) end = tag.length;
  const next = (): void => {
    start = end + 1;
    end = tag.indexOf("-", start);
    if (end === -1) end = tag.length;
  };
  const done = (): boolean => start > tag.length;
  const len = (): number => end - start;
  const kind = (): number => subtagKind(tag, start, end);
  const isX = (): boolean => len() === 1 && (tag.charCodeAt(start) | 0x20) === 120;

  const privateUse = (): boolean => {
    // "x" 1*("-" 1*8alphanum)
    next();
    let count = 0;
    while (!done()) {
      if (len() < 1 || len() > 8 || kind() === 0) return false;
      count++;
      next();
    }
    return count > 0;
  };

  if (isX()) return privateUse();
  // language: 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
  if (kind() !== KIND_ALPHA || len() < 2 || len() > 8) return false;
  const languageLength = len();
  next();
  if (languageLength <= 3) {
    // extlang: 3ALPHA *2("-" 3ALPHA)
    for (let n = 0; n < 3 && !done() && len() === 3 && kind() === KIND_ALPHA; n++) next();
  }
  // script: 4ALPHA
  if (!done() && len() === 4 && kind() === KIND_ALPHA) next();
  // region: 2ALPHA / 3DIGIT
  if (!done() && ((len() === 2 && kind() === KIND_ALPHA) || (len() === 3 && kind() === KIND_DIGIT)))
    next();
  // variants: 5*8alphanum / (DIGIT 3alphanum)
  while (
    !done() &&
    kind() !== 0 &&
    ((len() >= 5 && len() <= 8) || (len() === 4 && isDigitCode(tag.charCodeAt(start))))
  )
    next();
  // extensions: singleton 1*("-" 2*8alphanum)
  while (!done() && len() === 1 && kind() !== 0 && !isX()) {
    next();
    let count = 0;
    while (!done() && len() >= 2 && len() <= 8 && kind() !== 0) {
      count++;
      next();
    }
    if (count === 0) return false;
  }
  if (!done() && isX()) return privateUse();
  return done();
}

// Language tags repeat endlessly across statements ("en-US"); remember recent answers.
const languageTagCache = new Map<string, boolean>();

/**
 * A well-formed RFC 5646 language tag (the "sequence of token lengths" check the spec requires):
 * `en`, `en-US`, `zh-Hant`, `sr-Latn-RS`, `cmn`, `es-419`, `x-private`, grandfathered tags.
 * Case-insensitive. Does not consult the IANA registry.
 */
export function isLanguageTag(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const cached = languageTagCache.get(s);
  if (cached !== undefined) return cached;
  const ok = checkLanguageTag(s);
  if (s.length <= 64) {
    if (languageTagCache.size >= 2048) languageTagCache.clear();
    languageTagCache.set(s, ok);
  }
  return ok;
}

// ---------------------------------------------------------------------------------------------
// Durations (ISO 8601:2004 4.4.3.2, the format with designators)

/**
 * An ISO 8601 duration with designators: `P3Y1M29DT4H35M59.14S`, `PT16559.14S`, `P4W`. Components
 * appear in order, at least one is present, `T` is followed by at least one time component,
 * weeks stand alone, and only the last component may carry a decimal fraction (any precision).
 * The alternative format (`P0003-01-29T04:35:59`) is not allowed.
 */
export function isDuration(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const n = s.length;
  if (n < 3 || s.charCodeAt(0) !== 80) return false; // P
  let i = 1;
  let inTime = false;
  let count = 0;
  let timeCount = 0;
  let lastOrder = -1;
  let fraction = false;
  let weeks = false;
  while (i < n) {
    if (s.charCodeAt(i) === 84) {
      // T
      if (inTime || fraction) return false;
      inTime = true;
      i++;
      continue;
    }
    if (fraction) return false; // nothing may follow a fractional component
    const digitsStart = i;
    while (i < n && isDigitCode(s.charCodeAt(i))) i++;
    if (i === digitsStart) return false;
    const sep = s.charCodeAt(i);
    if (sep === 46 || sep === 44) {
      // "." or ","
      i++;
      const fractionStart = i;
      while (i < n && isDigitCode(s.charCodeAt(i))) i++;
      if (i === fractionStart) return false;
      fraction = true;
    }
    if (i >= n) return false;
    const d = s.charCodeAt(i++);
    let order: number;
    if (!inTime)
      order = d === 89 ? 0 : d === 77 ? 1 : d === 87 ? 2 : d === 68 ? 3 : -1; // Y M W D
    else order = d === 72 ? 4 : d === 77 ? 5 : d === 83 ? 6 : -1; // H M S
    if (order <= lastOrder) return false;
    if (order === 2) weeks = true;
    lastOrder = order;
    count++;
    if (inTime) timeCount++;
  }
  if (count === 0 || (inTime && timeCount === 0)) return false;
  return !(weeks && count !== 1);
}

// ---------------------------------------------------------------------------------------------
// Timestamps

type TTimestampParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** The fraction-of-second digits as written (may be empty). */
  fraction: string;
  /** Minutes east of UTC; 0 when no offset is written (1.0.3 only). */
  offsetMinutes: number;
};

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function fourDigits(s: string, i: number): number {
  const a = twoDigits(s, i);
  const b = twoDigits(s, i + 2);
  return a < 0 || b < 0 ? -1 : a * 100 + b;
}

/**
 * Reads a time zone designator at `i` to the end of the string: Z, or ±hh:mm (2.0.0); in 1.0.3
 * also ±hhmm, ±hh, or nothing. Returns minutes east of UTC, or undefined when invalid. A negative
 * zero offset (-00:00, -0000, -00), which means "unknown local offset", is invalid.
 */
function readOffset(s: string, i: number, v2: boolean): number | undefined {
  const n = s.length;
  if (i === n) return v2 ? undefined : 0;
  const c = s.charCodeAt(i);
  if (c === 90 || c === 122) return i + 1 === n ? 0 : undefined; // Z z
  if (c !== 43 && c !== 45) return undefined; // + -
  const hours = twoDigits(s, i + 1);
  if (hours < 0 || hours > 23) return undefined;
  let minutes: number;
  const rest = n - (i + 3);
  if (rest === 3 && s.charCodeAt(i + 3) === 58) minutes = twoDigits(s, i + 4);
  else if (v2) return undefined;
  else if (rest === 2) minutes = twoDigits(s, i + 3);
  else if (rest === 0) minutes = 0;
  else return undefined;
  if (minutes < 0 || minutes > 59) return undefined;
  if (c === 45 && hours === 0 && minutes === 0) return undefined;
  const total = hours * 60 + minutes;
  return c === 45 ? -total : total;
}

function parseTimestampParts(s: string, version: TXapiVersion): TTimestampParts | undefined {
  const v2 = version === "2.0.0";
  const n = s.length;
  if (n < 13 || n > 64) return undefined;
  // Extended (YYYY-MM-DDThh:mm[:ss]) or, in 1.0.3, basic (YYYYMMDDThhmm[ss]) format.
  const extended = s.charCodeAt(4) === 45;
  if (!extended && v2) return undefined;
  const year = fourDigits(s, 0);
  let i = 4;
  if (extended) i++;
  const month = twoDigits(s, i);
  i += 2;
  if (extended) {
    if (s.charCodeAt(i) !== 45) return undefined;
    i++;
  }
  const day = twoDigits(s, i);
  i += 2;
  const t = s.charCodeAt(i);
  if (t !== 84 && !(t === 116 && v2)) return undefined; // T (t allowed by RFC 3339)
  i++;
  const hour = twoDigits(s, i);
  i += 2;
  if (extended) {
    if (s.charCodeAt(i) !== 58) return undefined;
    i++;
  }
  const minute = twoDigits(s, i);
  i += 2;
  let second = 0;
  let fraction = "";
  const hasSeconds = extended ? s.charCodeAt(i) === 58 : isDigitCode(s.charCodeAt(i));
  if (hasSeconds) {
    if (extended) i++;
    second = twoDigits(s, i);
    if (second < 0) return undefined;
    i += 2;
    const sep = s.charCodeAt(i);
    if (sep === 46 || (sep === 44 && !v2)) {
      const start = ++i;
      while (i < n && isDigitCode(s.charCodeAt(i))) i++;
      if (i === start) return undefined;
      fraction = s.slice(start, i);
    }
  } else if (v2) return undefined;
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return undefined;
  if (minute < 0 || minute > 59 || second > 59 || day > daysInMonth(year, month)) return undefined;
  const offsetMinutes = readOffset(s, i, v2);
  if (offsetMinutes === undefined) return undefined;
  return { year, month, day, hour, minute, second, fraction, offsetMinutes };
}

/** Days from 1970-01-01 to the given proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Milliseconds since the epoch of the whole second written in `p`, shifted to UTC. */
function utcSecondMillis(p: TTimestampParts): number {
  const days = daysFromCivil(p.year, p.month, p.day);
  return ((days * 24 + p.hour) * 60 + p.minute - p.offsetMinutes) * 60_000 + p.second * 1000;
}

function yearStartMillis(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
}

// Instants a four-digit year can show in UTC: 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z.
const MIN_MILLIS = yearStartMillis(0);
const MAX_MILLIS = yearStartMillis(10000) - 1;

/**
 * The instant a timestamp denotes, or undefined when it is not a valid timestamp for `version`:
 *
 * - 2.0.0: RFC 3339 (`2013-05-18T05:32:34.804Z`, `2013-05-18T07:32:34+02:00`), seconds and an
 *   offset required.
 * - 1.0.3: ISO 8601 combined date and time, extended or basic format, seconds and fraction
 *   optional, offset Z / ±hh:mm / ±hhmm / ±hh or none (then read as UTC).
 *
 * Both reject -00:00 (and -0000, -00), leap seconds, hour 24 and impossible dates. The Date has
 * millisecond precision; digits beyond are truncated (normalizeTimestamp keeps them).
 */
export function parseTimestamp(s: unknown, version: TXapiVersion): Date | undefined {
  if (typeof s !== "string") return undefined;
  const p = parseTimestampParts(s, version);
  if (!p) return undefined;
  const millis =
    utcSecondMillis(p) + (p.fraction ? Number(p.fraction.slice(0, 3).padEnd(3, "0")) : 0);
  if (millis < MIN_MILLIS || millis > MAX_MILLIS) return undefined;
  return new Date(millis);
}

/** Whether `s` is a valid timestamp for `version` (see {@link parseTimestamp}). */
export function isTimestamp(s: unknown, version: TXapiVersion): s is string {
  return parseTimestamp(s, version) !== undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * The form the LRS stores a timestamp in. In 2.0.0 every timestamp is converted to UTC:
 * `YYYY-MM-DDThh:mm:ss.fffZ`, keeping every fraction digit written (at least three, padded with
 * zeros), so the instant is exact: `2023-05-04T12:00:00-05:00` becomes
 * `2023-05-04T17:00:00.000Z`. In 1.0.3 the timestamp is returned as written. An invalid
 * timestamp is returned unchanged (validate first).
 */
export function normalizeTimestamp(s: string, version: TXapiVersion): string {
  if (version !== "2.0.0") return s;
  const p = parseTimestampParts(s, version);
  if (!p) return s;
  const d = new Date(utcSecondMillis(p));
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) return s;
  const fraction = p.fraction.length >= 3 ? p.fraction : p.fraction.padEnd(3, "0");
  return (
    `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
    `T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}` +
    `.${fraction}Z`
  );
}

// ---------------------------------------------------------------------------------------------
// Statement version, media types

/**
 * The statement `version` property: `1.0` or `1.0.x` for 1.0.3; additionally `2.0` or `2.0.x`
 * for 2.0.0 (the 2.0 suite still accepts 1.0.x statements).
 */
export function isStatementVersion(s: unknown, version: TXapiVersion): s is string {
  if (typeof s !== "string" || s.length < 3) return false;
  const major = s.charCodeAt(0);
  if (!(major === 49 || (major === 50 && version === "2.0.0"))) return false; // 1 or 2
  if (s.charCodeAt(1) !== 46 || s.charCodeAt(2) !== 48) return false; // ".0"
  if (s.length === 3) return true;
  if (s.charCodeAt(3) !== 46 || s.length === 4) return false;
  for (let i = 4; i < s.length; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/** An RFC 2045 token character (printable ASCII except tspecials and space). */
function isTokenCode(c: number): boolean {
  if (c <= 0x20 || c >= 0x7f) return false;
  // ( ) < > @ , ; : \ " / [ ] ? =
  return !(
    c === 40 ||
    c === 41 ||
    c === 60 ||
    c === 62 ||
    c === 64 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 92 ||
    c === 34 ||
    c === 47 ||
    c === 91 ||
    c === 93 ||
    c === 63 ||
    c === 61
  );
}

/** An Internet media type: `type/subtype`, optionally followed by `;` parameters. */
export function isMediaType(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const n = s.length;
  let i = 0;
  while (i < n && isTokenCode(s.charCodeAt(i))) i++;
  if (i === 0 || s.charCodeAt(i) !== 47) return false;
  const subtypeStart = ++i;
  while (i < n && isTokenCode(s.charCodeAt(i))) i++;
  if (i === subtypeStart) return false;
  if (i === n) return true;
  while (i < n && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  if (s.charCodeAt(i) !== 59) return false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9) || c === 0x7f) return false;
  }
  return true;
}
