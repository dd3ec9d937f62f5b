import { ZFrameworkExportSchema, type TFrameworkExportInput } from "@xroi/validators";
import type { TDb } from "../../db";
import { DomainError } from "../../errors";
import { loadFrameworkSkills } from "../import/analyse-import";
import type { TExistingSkill } from "../import/diff-framework";
import { skillKey } from "../import/types";
import { escoFiles, genericCsvFile, jsonFile, type TExportConcept } from "./framework-files";

export type TFrameworkExportFile = { fileName: string; contentType: string; contentBase64: string };
export type TFrameworkExport = {
  format: "esco" | "generic" | "json";
  files: TFrameworkExportFile[];
  /** Skills and groups written. */
  total: number;
  notes: string[];
};

/** The current (not retired) items in tree order: each parent before its children. */
function treeOrder(skills: TExistingSkill[]): TExistingSkill[] {
  const current = skills.filter((s) => s.retiredAt === null);
  const ids = new Set(current.map((s) => s.id));
  const children = new Map<string | null, TExistingSkill[]>();
  for (const s of current) {
    // An item under a retired parent starts a branch of its own, so nothing is left out.
    const parent = s.parentId !== null && ids.has(s.parentId) ? s.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), s]);
  }
  const order = (list: TExistingSkill[]) =>
    [...list].sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) ||
        a.name.toLowerCase().localeCompare(b.name.toLowerCase()) ||
        skillKey(a).localeCompare(skillKey(b)),
    );
  const result: TExistingSkill[] = [];
  const stack = order(children.get(null) ?? []).reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    result.push(next);
    stack.push(...order(children.get(next.id) ?? []).reverse());
  }
  return result;
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * A framework's current skills and groups as ESCO-shaped CSV (skills, skill groups and broader
 * relations files), the generic CSV, or JSON: the files the import reads, so each imports back
 * into the same tree. Skills made by hand are named by their local URI (see localSkillUri).
 */
export async function exportFramework(
  db: TDb,
  raw: TFrameworkExportInput,
): Promise<TFrameworkExport> {
  const input = ZFrameworkExportSchema.parse(raw);
  const framework = await db.skillFramework.findUnique({
    where: { id: input.frameworkId },
    select: { name: true, version: true },
  });
  if (!framework) {
    throw new DomainError("NOT_FOUND", "this framework no longer exists", "frameworkId");
  }
  const stored = await loadFrameworkSkills(db, input.frameworkId);
  const retired = new Set(stored.filter((s) => s.retiredAt !== null).map(skillKey));
  const items = treeOrder(stored);
  const concepts: TExportConcept[] = items.map((s) => ({
    uri: skillKey(s),
    kind: s.kind,
    name: s.name,
    altLabels: s.altLabels,
    description: s.description,
    parentUri: s.parentUri,
  }));
  const notes: string[] = [];
  const underRetired = concepts.filter((c) => c.parentUri !== null && retired.has(c.parentUri));
  if (underRetired.length > 0) {
    notes.push(
      `${underRetired.length} item(s) sit under a retired parent, which the files leave out; ` +
        `they import back into this framework, elsewhere their parent must exist (first: “${underRetired[0]!.name}”)`,
    );
  }
  const prefix = `${slugOf(framework.name) || "framework"}-`;
  const texts =
    input.format === "esco"
      ? escoFiles(concepts, prefix)
      : input.format === "generic"
        ? [genericCsvFile(concepts, prefix)]
        : [jsonFile(framework, concepts, prefix)];
  return {
    format: input.format,
    files: texts.map((f) => ({
      fileName: f.fileName,
      contentType: f.contentType,
      contentBase64: Buffer.from(f.text, "utf8").toString("base64"),
    })),
    total: concepts.length,
    notes,
  };
}
