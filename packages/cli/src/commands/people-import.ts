import { readFile } from "node:fs/promises";
import path from "node:path";
import { peopleImport } from "@xroi/core";
import {
  IMPORT_TARGETS,
  QUALITY_PATH,
  ZIdentityImportCsvSchema,
  type TImportMapping,
  type TImportReport,
  type TImportTarget,
} from "@xroi/validators";
import { CommandRefusal, type TOutput } from "../output";
import { withDatabase } from "./db";

/** Exit code when the file has problems (nothing was written); 1 stays "the command failed". */
export const EXIT_IMPORT_PROBLEMS = 2;

/** "Email=email,Name=name" -> { Email: "email", Name: "name" }. */
export function parseMap(text: string): TImportMapping {
  const mapping: TImportMapping = {};
  for (const pair of text.split(",")) {
    if (pair.trim() === "") continue;
    const eq = pair.lastIndexOf("=");
    const header = pair.slice(0, eq).trim();
    const target = pair.slice(eq + 1).trim();
    if (eq <= 0 || header === "")
      throw new CommandRefusal(`--map: “${pair}” must be Header=target`);
    if (!(IMPORT_TARGETS as readonly string[]).includes(target))
      throw new CommandRefusal(
        `--map: “${target}” is not a target; use one of ${IMPORT_TARGETS.join(", ")}`,
      );
    mapping[header] = target as TImportTarget;
  }
  return mapping;
}

function printReport(out: TOutput, report: TImportReport): void {
  const c = report.counts;
  out.log(
    `${c.rows} rows: ${c.new} new, ${c.matched} matched, ${c.unchanged} unchanged, ${c.conflicting} conflicting, ${c.errors} with errors` +
      ` (${c.identifiersAdded} identifiers to add, ${c.organizationsCreated} organisations, ${c.teamsCreated} teams)`,
  );
  for (const e of report.fileErrors) out.log(`file: ${e}`);
  for (const p of report.problems) {
    const where = p.column === "" ? "" : ` ${p.column}`;
    const value = p.value === "" ? "" : ` “${p.value}”`;
    const holder = p.heldBy ? ` [held by ${p.heldBy.displayName}, ${p.heldBy.personId}]` : "";
    out.log(`line ${p.line}${where}${value}: ${p.kind}: ${p.reason}${holder}`);
  }
  if (report.problemCount > report.problems.length)
    out.log(`… and ${report.problemCount - report.problems.length} more problems`);
}

/**
 * `xroi people import <file>`: a dry run prints what would happen; otherwise the file is applied
 * in one transaction, or refused (exit 2) when any line has a problem.
 */
export async function peopleImportCommand(
  out: TOutput,
  file: string,
  options: { system?: string; map?: string; dryRun?: boolean },
): Promise<number> {
  const bytes = await readFile(file).catch(() => {
    throw new CommandRefusal(`cannot read ${file}`);
  });
  const input = ZIdentityImportCsvSchema.parse({
    system: options.system,
    fileName: path.basename(file),
    contentBase64: bytes.toString("base64"),
    mapping: options.map === undefined ? undefined : parseMap(options.map),
  });
  return withDatabase(async (db) => {
    const report = options.dryRun
      ? await peopleImport.dryRunCsvImport(db.prisma, input)
      : await peopleImport.applyCsvImport(db.prisma, null, input);
    out.log(
      `Columns: ${Object.entries(report.mapping)
        .map(([h, t]) => `${h}=${t}`)
        .join(", ")}`,
    );
    printReport(out, report);
    const hasProblems = report.fileErrors.length > 0 || report.problemCount > 0;
    if (hasProblems) {
      out.log(`Nothing was imported: fix the lines above and run again.`);
      return EXIT_IMPORT_PROBLEMS;
    }
    if (options.dryRun) out.log("Dry run: nothing was written.");
    else
      out.log(
        `Imported (${report.importId}); ${report.actorsResolved} LRS actors now resolve to a person. Quality page: ${QUALITY_PATH}`,
      );
    return 0;
  });
}
