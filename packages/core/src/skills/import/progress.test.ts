import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import type { TImportProgress } from "@xroi/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyFrameworkImport } from "./apply-import";
import { escoFiles, escoSampleRows, escoUpload } from "./esco-sample";
import { previewFrameworkImport } from "./preview-import";
import { progressReporter, watchImportProgress, watchedImports } from "./progress";

/** Collects what a watcher sees until stopped. */
function watch(progressId: string, ownerId: string | null) {
  const seen: TImportProgress[] = [];
  const controller = new AbortController();
  const done = (async () => {
    for await (const p of watchImportProgress(progressId, ownerId, controller.signal)) seen.push(p);
  })();
  return {
    seen,
    stop: async () => {
      controller.abort();
      await done;
    },
  };
}

describe(`import progress on ${testEngine()}`, () => {
  let db: TDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  it("tells the watcher each phase of a preview and an apply, with rows written", async () => {
    const { id: frameworkId } = await db.prisma.skillFramework.create({
      data: { name: "Progress", nameKey: "progress" },
    });
    const progressId = crypto.randomUUID();
    const input = {
      frameworkId,
      format: "esco" as const,
      version: "1",
      progressId,
      files: escoUpload(escoFiles(escoSampleRows({ groups: 3, skills: 12 }))),
    };
    const watcher = watch(progressId, "admin-1");
    const report = progressReporter(progressId, "admin-1");
    await previewFrameworkImport(db.prisma, input, report);
    await applyFrameworkImport(db.prisma, { id: "admin-1" }, input, report);
    await watcher.stop();
    expect(watcher.seen.map((p) => [p.phase, p.done, p.total])).toEqual([
      ["reading", null, null],
      ["loading", null, null],
      ["checking", null, null],
      ["done", null, null],
      ["reading", null, null],
      ["waiting", null, null],
      ["loading", null, null],
      ["checking", null, null],
      ["writing", 0, 15],
      ["writing", 15, 15],
      ["history", 0, 15],
      ["history", 15, 15],
      ["saving", null, null],
      ["done", null, null],
    ]);
    expect(watchedImports()).toBe(0);
  });

  it("reports to no one else: another user's import, or an id nobody watches", async () => {
    const progressId = crypto.randomUUID();
    const watcher = watch(progressId, "admin-1");
    await progressReporter(progressId, "someone-else")("reading");
    await progressReporter(crypto.randomUUID(), "admin-1")("reading");
    await progressReporter(undefined, "admin-1")("reading");
    await progressReporter(progressId, "admin-1")("saving");
    await watcher.stop();
    expect(watcher.seen.map((p) => p.phase)).toEqual(["saving"]);
    const first = watch(progressId, "admin-1");
    expect(() => watchImportProgress(progressId, "someone-else")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", message: "another user follows this import" }),
    );
    await first.stop();
    expect(watchedImports()).toBe(0);
  });
});
