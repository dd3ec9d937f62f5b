import { TRPCError } from "@trpc/server";
import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import type { TRole } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { createCaller } from "../root";
import { callerAs } from "../testing";

describe(`framework import through the router on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());
  const as = (role: TRole) => callerAs(db, role);
  const file = (text: string) => [
    { fileName: "skills.csv", contentBase64: Buffer.from(text).toString("base64") },
  ];

  it("previews with line numbers, applies for admins only, and lists the new tree", async () => {
    const { id: frameworkId } = await as("admin").skills.createFramework({
      name: "Generic 2026",
      levels: [{ level: 1, name: "Aware" }],
    });
    const bad = {
      frameworkId,
      format: "generic" as const,
      version: "v1",
      files: file(
        "uri,name,parent_uri,kind\ng:1,Trade,,group\ns:1,Incoterms,g:1,skill\ns:1,Again,g:9,skill",
      ),
    };
    const preview = await as("admin").skills.previewImport(bad);
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual(
      expect.arrayContaining([[4, expect.any(String)]]),
    );
    await expect(as("admin").skills.applyImport(bad)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const good = {
      ...bad,
      files: file("uri,name,parent_uri,kind\ng:1,Trade,,group\ns:1,Incoterms,g:1,skill"),
    };
    await expect(as("viewer").skills.applyImport(good)).rejects.toBeInstanceOf(TRPCError);
    const result = await as("admin").skills.applyImport(good);
    expect(result.counts).toMatchObject({ added: 2, changed: 0, retired: 0 });
    const tree = await as("viewer").skills.list({ frameworkId, search: "incoterms" });
    expect(tree.items.map((s) => [s.name, s.path])).toEqual([["Incoterms", ["Trade"]]]);
  });

  it("exports for anyone signed in, in a form the import takes back unchanged", async () => {
    const { id: frameworkId } = await as("admin").skills.createFramework({
      name: "Exported 2026",
      levels: [{ level: 1, name: "Aware" }],
    });
    const group = await as("admin").skills.create({ frameworkId, kind: "group", name: "Trade" });
    const skill = await as("admin").skills.create({
      frameworkId,
      name: "Incoterms",
      altLabels: ["Trade terms"],
      parentId: group.id,
    });
    await as("admin").skills.create({ frameworkId, name: "DAP", parentId: skill.id });
    for (const format of ["esco", "generic", "json"] as const) {
      const exported = await as("viewer").skills.exportFramework({ frameworkId, format });
      expect(exported).toMatchObject({ format, total: 3, notes: [] });
      const preview = await as("admin").skills.previewImport({
        frameworkId,
        format,
        version: "again",
        files: exported.files.map(({ fileName, contentBase64 }) => ({ fileName, contentBase64 })),
      });
      expect(preview.errors).toEqual([]);
      expect(preview.counts).toMatchObject({ added: 0, changed: 0, retired: 0, unchanged: 3 });
    }
    await expect(
      as("viewer").skills.exportFramework({ frameworkId: crypto.randomUUID(), format: "json" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      as("viewer").skills.exportFramework({ frameworkId, format: "xlsx" as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const anonymous = createCaller(createContext({ db: db.prisma, user: null }));
    await expect(
      anonymous.skills.exportFramework({ frameworkId, format: "json" }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("streams an admin's import phases to that admin only", async () => {
    const { id: frameworkId } = await as("admin").skills.createFramework({
      name: "Followed 2026",
      levels: [{ level: 1, name: "Aware" }],
    });
    const progressId = crypto.randomUUID();
    const controller = new AbortController();
    const watcher = createCaller(
      createContext({
        db: db.prisma,
        user: { id: "u-admin", email: "admin@t.local", name: "admin", role: "admin" },
      }),
      { signal: controller.signal },
    );
    const stream = await watcher.skills.importProgress({ progressId });
    const phases: string[] = [];
    const reading = (async () => {
      for await (const p of stream)
        phases.push(`${p.phase}${p.total === null ? "" : ` ${p.done}/${p.total}`}`);
    })();
    await as("admin").skills.applyImport({
      frameworkId,
      format: "generic",
      version: "v1",
      progressId,
      files: file("uri,name,parent_uri,kind\ng:1,Trade,,group\ns:1,Incoterms,g:1,skill"),
    });
    controller.abort();
    await reading;
    expect(phases).toEqual([
      "reading",
      "waiting",
      "loading",
      "checking",
      "writing 0/2",
      "writing 2/2",
      "history 0/2",
      "history 2/2",
      "saving",
      "done",
    ]);
    await expect(as("viewer").skills.importProgress({ progressId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(as("admin").skills.importProgress({ progressId: "nope" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
