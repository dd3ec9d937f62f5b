import type { TLrsStatementRow } from "@xroi/validators";

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const timeOnly = new Intl.DateTimeFormat("en", { timeStyle: "medium" });

const asDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

/** A time for a table cell, in the reader's time zone, to the minute. */
export function formatWhen(value: Date | string | null): string {
  return value === null ? "—" : dateTime.format(asDate(value));
}

/** A time to the second and its date apart, for a narrow two-line cell. */
export function formatWhenParts(value: Date | string): { time: string; date: string } {
  const date = asDate(value);
  return { time: timeOnly.format(date), date: dateOnly.format(date) };
}

/** The score as a person reads it: "4 / 10 (40%)", "85%", or "4". */
export function scoreText(score: NonNullable<TLrsStatementRow["result"]>["score"]): string | null {
  if (!score) return null;
  const percent = score.scaled !== null ? `${Math.round(score.scaled * 1000) / 10}%` : null;
  if (score.raw !== null) {
    const raw = score.max !== null ? `${score.raw} / ${score.max}` : String(score.raw);
    return percent ? `${raw} (${percent})` : raw;
  }
  return percent;
}

/** Success, completion and score in a few words, or null when the statement has no result. */
export function resultText(result: TLrsStatementRow["result"]): string | null {
  if (!result) return null;
  const parts = [
    result.success === true ? "passed" : result.success === false ? "failed" : null,
    result.completion === true && result.success === null ? "completed" : null,
    scoreText(result.score),
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(" · ") : null;
}

/** The last segment of an IRI, for a verb or activity that has no display name. */
export function shortIri(iri: string): string {
  const trimmed = iri.replace(/[/#]+$/, "");
  const cut = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("#"));
  return cut >= 0 && cut < trimmed.length - 1 ? trimmed.slice(cut + 1) : iri;
}

/** The LRS endpoint tools post to, or null where the app has no web origin (the desktop app). */
export function lrsEndpoint(location: { protocol: string; origin: string }): string | null {
  return location.protocol === "http:" || location.protocol === "https:"
    ? `${location.origin}/xapi`
    : null;
}

/** A statement a tool could send first, for the "Connect a tool" example. */
export const EXAMPLE_STATEMENT = {
  actor: { objectType: "Agent", name: "Ana Example", mbox: "mailto:ana@example.org" },
  verb: { id: "http://adlnet.gov/expapi/verbs/completed", display: { "en-US": "completed" } },
  object: {
    id: "https://courses.example.org/negotiation-basics",
    definition: { name: { "en-US": "Negotiation basics" } },
  },
  result: { success: true, score: { scaled: 0.9 } },
};

/** A curl command that posts the example statement with HTTP Basic credentials. */
export function curlExample(endpoint: string, key = "<key>", secret = "<secret>"): string {
  return [
    `curl -X POST '${endpoint}/statements' \\`,
    `  -u '${key}:${secret}' \\`,
    `  -H 'X-Experience-API-Version: 2.0.0' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${JSON.stringify(EXAMPLE_STATEMENT, null, 2).replace(/\n/g, "\n    ")}'`,
  ].join("\n");
}

/** Bucket labels for the ingest chart, in UTC as the counts are. */
export function bucketLabel(iso: string, unit: "hour" | "day"): string {
  const d = new Date(iso);
  if (unit === "hour") return `${String(d.getUTCHours()).padStart(2, "0")}:00`;
  return d.toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
}
