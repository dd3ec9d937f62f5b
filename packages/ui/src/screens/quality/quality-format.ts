import type { TQualityCheck, TQualityTrigger } from "@xroi/validators";

const number = new Intl.NumberFormat("en");

export const formatCount = (n: number) => number.format(n);

export const TRIGGER_LABELS: Record<TQualityTrigger, string> = {
  manual: "run from this page",
  schedule: "scheduled",
  cli: "run from the command line",
};

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago". */
export function timeAgo(date: Date, now: Date = new Date()): string {
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} ${minutes === 1 ? "minute" : "minutes"} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} ${hours === 1 ? "hour" : "hours"} ago`;
  const days = Math.round(hours / 24);
  return `${days} days ago`;
}

/** "0.4 s", "1.2 s", "85 ms". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${number.format(n)} ${n === 1 ? one : many}`;

/** The figures behind a count, in a line: "from 12 actors", "3 in the future, 1 before 2000". */
export function describeFacts(check: TQualityCheck, facts: Record<string, number>): string | null {
  const f = (key: string) => facts[key] ?? 0;
  switch (check) {
    case "unmapped_actors":
      return `from ${plural(f("actors"), "actor")}`;
    case "people_without_crm_id":
      return `of ${plural(f("activePeople"), "active person", "active people")} outside the organisation`;
    case "duplicate_people":
      return `${plural(f("people"), "person", "people")} in them`;
    case "identifiers_claimed_twice":
      return `${plural(f("actors"), "xAPI actor")}, ${plural(f("identifiers"), "ID value")}`;
    case "implausible_timestamps": {
      const parts = [
        f("future") ? `${number.format(f("future"))} in the future` : null,
        f("beforeProgram") ? `${number.format(f("beforeProgram"))} before their program` : null,
        f("before2000") ? `${number.format(f("before2000"))} before 2000` : null,
      ].filter(Boolean);
      return parts.length ? parts.join(", ") : null;
    }
    default:
      return null;
  }
}

/** The threshold as typed: a whole number 0 or more, or an error to show beside the field. */
export function parseThreshold(text: string): { value: number } | { error: string } {
  const trimmed = text.trim().replace(/[,_ ]/g, "");
  if (!/^\d+$/.test(trimmed)) return { error: "Enter a whole number, 0 or more." };
  const value = Number(trimmed);
  if (value > 1_000_000_000) return { error: "Enter at most 1,000,000,000." };
  return { value };
}
