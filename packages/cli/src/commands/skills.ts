import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DomainError, skills } from "@xroi/core";
import { skillNameKey } from "@xroi/validators";
import { writeText, type TOutput } from "../output";
import { withDatabase } from "./db";

/** `--format` as a person types it, and the export format it means. */
export const EXPORT_FORMATS = { csv: "generic", esco: "esco", json: "json" } as const;
export type TCliExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * Exports a framework, found by name, in a format the import reads back. csv and json go to
 * --out or standard output; esco is three files, so --out names a folder for them.
 */
export async function skillsExport(
  out: TOutput,
  options: { framework: string; format: TCliExportFormat; out?: string },
): Promise<void> {
  const format = EXPORT_FORMATS[options.format];
  if (format === "esco" && !options.out) {
    throw new DomainError(
      "BAD_REQUEST",
      "esco writes three files: name a folder for them with --out <folder>",
      "out",
    );
  }
  const exported = await withDatabase(async (db) => {
    const frameworks = await skills.listFrameworks(db.prisma);
    const framework = frameworks.find(
      (f) => skillNameKey(f.name) === skillNameKey(options.framework),
    );
    if (!framework) {
      const known = frameworks.map((f) => `“${f.name}”`).join(", ") || "none yet";
      throw new DomainError(
        "NOT_FOUND",
        `no framework is named “${options.framework}” (frameworks: ${known})`,
        "framework",
      );
    }
    return skills.exportFramework(db.prisma, { frameworkId: framework.id, format });
  });
  const texts = exported.files.map((f) => ({
    fileName: f.fileName,
    text: Buffer.from(f.contentBase64, "base64").toString("utf8"),
  }));
  // Notes go to standard error, so standard output holds only the file.
  for (const note of exported.notes) out.error(`note: ${note}`);
  if (!options.out) {
    writeText(out, texts[0]!.text);
    return;
  }
  const targets =
    format === "esco"
      ? texts.map((t) => ({ ...t, file: path.join(options.out!, t.fileName) }))
      : [{ ...texts[0]!, file: options.out }];
  if (format === "esco") await mkdir(options.out, { recursive: true });
  for (const target of targets) await writeFile(target.file, target.text, "utf8");
  out.error(
    `Exported ${exported.total} skills and groups to ${targets.map((t) => t.file).join(", ")}.`,
  );
}
