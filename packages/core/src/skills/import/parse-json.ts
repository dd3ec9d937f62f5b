import { z } from "zod";
import { decodeUtf8 } from "../../files/csv";
import type { TFileBytes } from "./parse-esco";
import {
  fileProblem,
  type TConceptColumns,
  type TImportConcept,
  type TImportProblem,
  type TParsedFramework,
} from "./types";

// { "framework"?: { name, version }, "skills": [{ uri, name, altLabels?, description?, parentUri?, kind? }] }
// Problems name the item by its place in "skills", counted from 1.

export const JSON_COLUMNS: TConceptColumns = {
  uri: "uri",
  name: "name",
  parent: "parentUri",
  altLabels: "altLabels",
};

const ZText = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be text") })
  .trim();
const ZItemSchema = z.object(
  {
    uri: ZText,
    name: ZText,
    altLabels: z.array(ZText, { error: "must be a list of texts" }).default([]),
    description: ZText.default(""),
    parentUri: ZText.nullish().transform((v) => v || null),
    kind: z.enum(["group", "skill"], { error: "must be group or skill" }).default("skill"),
  },
  { error: "must be an object" },
);
const ZFileSchema = z.object(
  {
    framework: z
      .object({ name: ZText.optional(), version: ZText.optional() }, { error: "must be an object" })
      .optional(),
    skills: z.array(z.unknown(), { error: "must be a list of skills" }),
  },
  { error: "must be an object with a skills list" },
);

function readJson(file: string, bytes: Uint8Array): { raw?: unknown; problem?: TImportProblem } {
  let text: string;
  try {
    text = decodeUtf8(bytes).replace(/^\uFEFF/, "");
  } catch (error) {
    return { problem: fileProblem(file, error) };
  }
  try {
    return { raw: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      problem: { file, line: 0, message: `is not valid JSON (${(error as Error).message})` },
    };
  }
}

/** Reads framework JSON files; pure, stores nothing. */
export function parseJsonFiles(files: TFileBytes[], version?: string): TParsedFramework {
  const concepts: TImportConcept[] = [];
  const errors: TImportProblem[] = [];
  const notes: string[] = [];
  const unreadFiles: string[] = [];
  for (const { fileName: file, bytes } of files) {
    const { raw, problem } = readJson(file, bytes);
    if (problem) {
      errors.push(problem);
      unreadFiles.push(file);
      continue;
    }
    const parsed = ZFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path.map(String).join(".") || undefined;
        errors.push({ file, line: 0, column, message: issue.message });
      }
      unreadFiles.push(file);
      continue;
    }
    const stated = parsed.data.framework?.version;
    if (version && stated && stated !== version) {
      notes.push(`${file} says it is version “${stated}”; it is imported as version “${version}”`);
    }
    parsed.data.skills.forEach((item, index) => {
      const line = index + 1;
      const result = ZItemSchema.safeParse(item);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const column = issue.path.map(String).join(".") || undefined;
          errors.push({ file, line, column, message: issue.message });
        }
        return;
      }
      const { altLabels, ...fields } = result.data;
      concepts.push({
        ...fields,
        altLabels: [...new Set(altLabels.filter((l) => l !== ""))],
        file,
        line,
      });
    });
  }
  return { concepts, errors, notes, columns: JSON_COLUMNS, unreadFiles };
}
