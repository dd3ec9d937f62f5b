import pg from "pg";
import { describe, expect, it } from "vitest";
import { openPostgres } from "./drivers";
import { postgresTestUrl, testEngine } from "./testing";

describe.skipIf(testEngine() !== "postgres")("the PostgreSQL pool", () => {
  it("survives the server ending an idle connection, and connects again", async () => {
    const errors: Error[] = [];
    const handle = openPostgres(postgresTestUrl(), { onIdleError: (e) => errors.push(e) });
    try {
      const [backend] = await handle.sql.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      // The connection is idle in the pool now; end it from another session.
      const admin = new pg.Client({ connectionString: postgresTestUrl() });
      await admin.connect();
      await admin.query("SELECT pg_terminate_backend($1)", [backend!.pid]);
      await admin.end();
      await expect.poll(() => errors.length).toBe(1);
      expect(errors[0]!.message).toMatch(/terminating connection/);
      const [again] = await handle.sql.query<{ one: number }>("SELECT 1 AS one");
      expect(again!.one).toBe(1);
    } finally {
      await handle.pool.end();
    }
  });
});
