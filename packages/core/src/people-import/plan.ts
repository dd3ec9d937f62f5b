import type { TSqlRunner } from "@xroi/db/sql";
import {
  SINGLE_VALUE_KINDS,
  type TIdentitySettings,
  type TImportCounts,
  type TImportProblem,
} from "@xroi/validators";
import { isEmailKind, nameKey } from "../identity/normalize";
import { lookupExisting, type THolder } from "./lookups";
import type { TImportRow } from "./rows";
import { checkRow, type TPlannedId, type TPlannedRow, type TReport } from "./row-check";

export type { TPlannedId, TPlannedRow };

export type TPlan = {
  rows: TPlannedRow[];
  problems: TImportProblem[];
  counts: TImportCounts;
  /** Organisation names (by name key) that apply creates. */
  newOrganizations: Map<string, string>;
};

const keyOf = (system: string, kind: string, matchKey: string) =>
  `${system}\u0001${kind}\u0001${matchKey}`;

/**
 * Decides what importing the rows would do against the current data, writing nothing: per row
 * a new person, a match (with the identifiers it adds) or nothing to change, and every problem
 * with its line. Lookups are set-based (lookups.ts), so the cost is a few queries per file.
 */
export async function planImport(
  sql: TSqlRunner,
  rows: TImportRow[],
  settings: TIdentitySettings,
): Promise<TPlan> {
  const problems: TImportProblem[] = [];
  const problemLines = { error: new Set<number>(), conflict: new Set<number>() };
  const report: TReport = (p) => {
    problems.push({
      ...p,
      heldBy: p.heldBy ? { personId: p.heldBy.id, displayName: p.heldBy.displayName } : null,
    });
    problemLines[p.kind].add(p.line);
  };

  // 1. Each row on its own.
  const planned = rows.map((row) => checkRow(row, settings, report));

  // 2. What the database holds for these rows, in a few set-based queries.
  const emailRule = settings.rules.some((r) => r.rule === "email" && r.enabled);
  const existing = await lookupExisting(sql, {
    keys: planned.flatMap((r) =>
      r.ids.map((i) => ({ system: i.system, kind: i.kind, match_key: i.matchKey })),
    ),
    emails: emailRule
      ? planned.flatMap((r) => r.ids.filter((i) => isEmailKind(i.kind)).map((i) => i.matchKey))
      : [],
    organizationIds: rows.map((r) => r.organizationId).filter((v) => v !== ""),
    organizationKeys: planned.map((r) => r.organizationKey).filter((v) => v !== ""),
  });

  // 3. Each row against the database and against the lines before it.
  const claimedBy = new Map<string, { line: number; target: string; holder: THolder | null }>();
  const singleOf = new Map<string, { line: number; value: string; matchKey: string }>();
  const newOrganizations = new Map<string, string>();
  const toInsert = new Set<string>();
  planned.forEach((row, index) => {
    const source = rows[index]!;
    if (
      problemLines.error.has(row.line) ||
      problemLines.conflict.has(row.line) ||
      row.ids.length === 0
    ) {
      row.action = "problem";
      return;
    }
    if (source.organizationId !== "") {
      const org = existing.organizationsById.get(source.organizationId);
      if (!org) {
        report({
          line: row.line,
          column: "organization_id",
          value: source.organizationId,
          kind: "error",
          reason: "no organisation has this CRM id",
        });
      } else {
        row.organizationId = org.id;
        row.organization = org.name;
      }
    } else if (row.organizationKey !== "") {
      const org = existing.organizationsByKey.get(row.organizationKey);
      if (org) row.organizationId = org.id;
      else if (!newOrganizations.has(row.organizationKey))
        newOrganizations.set(row.organizationKey, row.organization);
    }
    // Who the row's identifiers point to: the same identifier, else the same e-mail anywhere.
    const hits: { id: TPlannedId; holder: THolder }[] = [];
    for (const id of row.ids) {
      const exact = existing.byKey.get(keyOf(id.system, id.kind, id.matchKey));
      if (exact) {
        id.isNew = false;
        hits.push({ id, holder: exact });
      }
      if (isEmailKind(id.kind))
        for (const holder of existing.byEmail.get(id.matchKey) ?? []) hits.push({ id, holder });
    }
    const person = hits[0]?.holder ?? null;
    for (const hit of hits)
      if (hit.holder.id !== person!.id)
        report({
          line: row.line,
          column: hit.id.column,
          value: hit.id.value,
          kind: "conflict",
          reason: `belongs to another person than this row's other ids (${person!.displayName})`,
          heldBy: hit.holder,
        });
    const target = person?.id ?? `new:${row.line}`;
    for (const id of row.ids) {
      // A person holds one value of a single-valued kind per system, in the data and in the file.
      if (SINGLE_VALUE_KINDS.includes(id.kind)) {
        // A value the person already holds is no second value, even when they hold two.
        const held = person
          ? (existing.singles.get(keyOf(person.id, id.system, id.kind)) ?? [])
          : [];
        if (held.length > 0 && !held.some((h) => h.matchKey === id.matchKey))
          report({
            line: row.line,
            column: id.column,
            value: id.value,
            kind: "conflict",
            reason: `${person!.displayName} already has ${id.system} ${id.kind} “${held[0]!.value}”; a person has one`,
            heldBy: person,
          });
        const single = keyOf(target, id.system, id.kind);
        const earlier = singleOf.get(single);
        if (earlier && earlier.matchKey !== id.matchKey)
          report({
            line: row.line,
            column: id.column,
            value: id.value,
            kind: "conflict",
            reason: `line ${earlier.line} gives the same person ${id.system} ${id.kind} “${earlier.value}”; a person has one`,
            heldBy: person,
          });
        if (!earlier)
          singleOf.set(single, { line: row.line, value: id.value, matchKey: id.matchKey });
      }
      const claims = [keyOf(id.system, id.kind, id.matchKey)];
      if (emailRule && isEmailKind(id.kind)) claims.push(`email\u0001${id.matchKey}`);
      for (const claim of claims) {
        const earlier = claimedBy.get(claim);
        if (earlier && earlier.target !== target) {
          report({
            line: row.line,
            column: id.column,
            value: id.value,
            kind: "conflict",
            reason: `line ${earlier.line} claims ${claim.startsWith("email") ? "the same e-mail" : "the same id"} for another person`,
            heldBy: earlier.holder,
          });
          break; // one problem per value is enough
        }
        if (!earlier) claimedBy.set(claim, { line: row.line, target, holder: person });
      }
    }
    if (problemLines.error.has(row.line) || problemLines.conflict.has(row.line)) {
      row.action = "problem";
      return;
    }
    for (const id of row.ids) {
      const key = keyOf(id.system, id.kind, id.matchKey);
      if (id.isNew && toInsert.has(key)) id.isNew = false;
      if (id.isNew) toInsert.add(key);
    }
    row.person = person;
    if (person) {
      row.displayName = person.displayName;
      row.action = row.ids.some((i) => i.isNew) ? "matched" : "unchanged";
    } else {
      row.displayName ||= (row.ids.find((i) => isEmailKind(i.kind)) ?? row.ids[0]!).value;
    }
  });

  const valid = planned.filter((r) => r.action !== "problem");
  const count = (action: TPlannedRow["action"]) => valid.filter((r) => r.action === action).length;
  const newRows = valid.filter((r) => r.action === "new");
  const teams = new Set(
    newRows
      .filter((r) => r.team !== "")
      .map((r) => `${r.organizationId ?? r.organizationKey}\u0001${nameKey(r.team)}`),
  );
  problems.sort((a, b) => a.line - b.line);
  return {
    rows: planned,
    problems,
    newOrganizations: new Map(
      [...newOrganizations].filter(([key]) =>
        newRows.some((r) => r.organizationKey === key && r.organizationId === null),
      ),
    ),
    counts: {
      rows: rows.length,
      new: count("new"),
      matched: count("matched"),
      unchanged: count("unchanged"),
      conflicting: [...problemLines.conflict].filter((l) => !problemLines.error.has(l)).length,
      errors: problemLines.error.size,
      identifiersAdded: valid.reduce((n, r) => n + r.ids.filter((i) => i.isNew).length, 0),
      organizationsCreated: new Set(
        newRows
          .filter((r) => r.organizationId === null && r.organizationKey !== "")
          .map((r) => r.organizationKey),
      ).size,
      teamsCreated: [...teams].filter((t) => !existing.teams.has(t)).length,
    },
  };
}
