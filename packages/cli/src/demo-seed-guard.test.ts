import { describe, expect, it } from "vitest";
import { runCli } from "./testing";

// A server that is not on this machine (and does not exist: connecting would fail or hang, so a
// passing test also shows the refusal comes before any connection).
// eslint-disable-next-line no-restricted-properties -- tests set the environment the CLI reads
process.env.DATABASE_URL = "postgres://xroi:s3cret@db.example.invalid:5432/prod";

const run = runCli;

describe("xroi on a database server that is not on this machine", () => {
  it.each([
    ["db", "seed", "--demo"],
    ["db", "seed", "--demo", "--if-empty"],
    ["serve", "--demo"],
  ])("refuses `xroi %s %s %s` without --force, before connecting", async (...args) => {
    const result = await run(...args.filter(Boolean));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^error: refusing to load the demo accounts, whose passwords are public, into db\.example\.invalid:5432\/prod: .* Add --force/,
    );
    expect(result.err).not.toContain("s3cret");
    expect(result.out).not.toMatch(/Demo sign-ins/);
  });

  it("documents --force", async () => {
    expect((await run("db", "seed", "--help")).out).toMatch(/--force\s+load the demo accounts/);
  });
});
