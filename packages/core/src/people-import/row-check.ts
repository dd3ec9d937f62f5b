import {
  IDENTITY_SYSTEMS,
  SINGLE_VALUE_KINDS,
  type TIdentitySettings,
  type TImportProblem,
} from "@xroi/validators";
import { emailSha1, isEmailKind, matchKeyOf, nameKey } from "../identity/normalize";
import type { THolder } from "./lookups";
import type { TImportRow } from "./rows";

/** One identifier of a planned row, normalised. */
export type TPlannedId = {
  column: string;
  system: string;
  kind: string;
  value: string;
  matchKey: string;
  emailSha1: string | null;
  /** Not held by anyone yet: apply inserts it. */
  isNew: boolean;
};

export type TPlannedRow = {
  line: number;
  action: "new" | "matched" | "unchanged" | "problem";
  /** The existing person (matched, unchanged). */
  person: THolder | null;
  displayName: string;
  organization: string;
  organizationKey: string;
  /** An existing organisation's id (by CRM id or name); null: none, or one to create by name. */
  organizationId: string | null;
  team: string;
  ids: TPlannedId[];
};

/** Records a problem; heldBy is the person who holds the value, where one does. */
export type TReport = (p: Omit<TImportProblem, "heldBy"> & { heldBy?: THolder | null }) => void;

const SYSTEMS: readonly string[] = IDENTITY_SYSTEMS;

/** As the People screens and connectors allow (validators' ZText(200)). */
const MAX_FIELD = 200;
const FIELDS = (row: TImportRow) =>
  [
    ["name", row.name],
    ["organization", row.organization],
    ["organization_id", row.organizationId],
    ["team", row.team],
  ] as const;

/** Why a value cannot be an identifier of its kind, or undefined. */
function badValue(kind: string, value: string, matchKey: string): string | undefined {
  if (value.length > 500) return "must be at most 500 characters";
  if (value.includes("\u0000")) return "must not contain a NUL character";
  if (isEmailKind(kind) && !/^[^@\s]+@[^@\s]+$/.test(matchKey)) return "is not an e-mail address";
  if (kind === "mbox_sha1sum" && !/^[0-9a-f]{40}$/.test(matchKey))
    return "must be 40 hexadecimal digits";
  if (kind === "account" && !/^\S+ \S/.test(matchKey)) return "must be “<homePage> <name>”";
  return undefined;
}

/**
 * One row on its own, before any lookup: its system, its values (normalised, checked by kind,
 * repeats dropped) and one value per single-valued kind.
 */
export function checkRow(
  row: TImportRow,
  settings: TIdentitySettings,
  report: TReport,
): TPlannedRow {
  const ids: TPlannedId[] = [];
  const base = { line: row.line, action: "new" as const, person: null };
  const out: TPlannedRow = {
    ...base,
    displayName: row.name,
    organization: row.organization,
    organizationKey: nameKey(row.organization),
    organizationId: null,
    team: row.team,
    ids,
  };
  if (!SYSTEMS.includes(row.system)) {
    report({
      line: row.line,
      column: row.systemColumn,
      value: row.system,
      kind: "error",
      reason:
        row.system === ""
          ? "no system: the row needs one"
          : `unknown system; use one of ${SYSTEMS.join(", ")}`,
    });
    return out;
  }
  for (const [field, value] of FIELDS(row)) {
    const reason =
      value.length > MAX_FIELD
        ? `must be at most ${MAX_FIELD} characters`
        : field !== "name" && value !== "" && nameKey(value) === ""
          ? "needs a letter or a digit"
          : undefined;
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    if (reason) report({ line: row.line, column: field, value: shown, kind: "error", reason });
  }
  if (row.ids.length === 0) {
    report({
      line: row.line,
      column: "",
      value: "",
      kind: "error",
      reason: "no identifier: every row needs at least one id",
    });
    return out;
  }
  const seen = new Map<string, TPlannedId>();
  for (const id of row.ids) {
    const matchKey = matchKeyOf(id.kind, id.value, settings);
    const bad = badValue(id.kind, id.value, matchKey);
    if (bad) {
      report({ line: row.line, column: id.column, value: id.value, kind: "error", reason: bad });
      continue;
    }
    const other = SINGLE_VALUE_KINDS.includes(id.kind) ? seen.get(id.kind) : undefined;
    if (other && other.matchKey !== matchKey) {
      report({
        line: row.line,
        column: id.column,
        value: id.value,
        kind: "conflict",
        reason: `a person has one ${row.system} ${id.kind}; this row also gives “${other.value}”`,
      });
      continue;
    }
    if (ids.some((x) => x.kind === id.kind && x.matchKey === matchKey)) continue;
    const planned: TPlannedId = {
      column: id.column,
      system: row.system,
      kind: id.kind,
      value: id.value,
      matchKey,
      emailSha1: isEmailKind(id.kind) ? emailSha1(matchKey) : null,
      isNew: true,
    };
    seen.set(id.kind, planned);
    ids.push(planned);
  }
  return out;
}
