import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bootstrapDesktopDatabase, DESKTOP_OWNER, desktopDataDir } from "./database";

describe("bootstrapDesktopDatabase", () => {
  const userData = mkdtempSync(path.join(tmpdir(), "xroi-desktop-"));
  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it("creates and migrates the data folder and exactly one owner, then reuses both", async () => {
    const first = await bootstrapDesktopDatabase(userData);
    try {
      expect(existsSync(path.join(desktopDataDir(userData), "PG_VERSION"))).toBe(true);
      expect(first.db.location).toBe(desktopDataDir(userData));
      expect(first.owner).toMatchObject({ ...DESKTOP_OWNER });
      // Migrated on open: running the migrator again finds every migration already applied.
      const again = await first.db.migrate();
      expect(again.applied).toEqual([]);
      expect(again.alreadyApplied).toBeGreaterThan(0);
      // The owner has a credential account, like every user, with a password nobody knows.
      const accounts = await first.db.prisma.account.findMany({
        where: { userId: first.owner.id },
      });
      expect(accounts).toHaveLength(1);
    } finally {
      await first.db.close();
    }

    const second = await bootstrapDesktopDatabase(userData);
    try {
      expect(second.owner).toEqual(first.owner);
      expect(await second.db.prisma.user.count()).toBe(1);
    } finally {
      await second.db.close();
    }
  });
});
