import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@xroi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing";

const dataDir = mkdtempSync(path.join(tmpdir(), "xroi-cli-people-"));
// eslint-disable-next-line no-restricted-properties -- tests set the environment the CLI reads
process.env.XROI_DATA_DIR = dataDir;

const run = runCli;

function csv(name: string, text: string): string {
  const file = path.join(dataDir, name);
  writeFileSync(file, text);
  return file;
}

async function peopleCount(): Promise<number> {
  const db = await openDatabase({ dataDir });
  try {
    return (await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM people"))[0]!.n;
  } finally {
    await db.close();
  }
}

describe("xroi people import", () => {
  // The CLI applies no migrations on its own (`xroi db migrate` does): open the database once first.
  beforeAll(async () => {
    await peopleCount();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("dry-runs, imports, and maps columns given with --map", async () => {
    const file = csv(
      "crm.csv",
      "Full,Mail,Ref\nAna Lima,ana@example.org,C-1\nBo Chen,bo@example.org,C-2\n",
    );
    const dry = await run(
      "people",
      "import",
      file,
      "--system",
      "crm",
      "--map",
      "Full=name,Ref=contact_id",
      "--dry-run",
    );
    expect(dry.err).toBe("");
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/^Columns: Full=name, Mail=email, Ref=contact_id$/m);
    expect(dry.out).toMatch(
      /^2 rows: 2 new, 0 matched, 0 unchanged, 0 conflicting, 0 with errors/m,
    );
    expect(dry.out).toMatch(/Dry run: nothing was written\./);
    expect(await peopleCount()).toBe(0);
    const applied = await run(
      "people",
      "import",
      file,
      "--system",
      "crm",
      "--map",
      "Full=name,Ref=contact_id",
    );
    expect(applied.code).toBe(0);
    expect(applied.out).toMatch(/Imported \([0-9a-f-]{36}\); 0 LRS actors now resolve/);
    expect(await peopleCount()).toBe(2);
  });

  it("prints each bad line and exits 2 without writing", async () => {
    const file = csv(
      "bad.csv",
      "name,email,system\nNo Id,,crm\nOdd,odd@example.org,myspace\nAna again,ana@example.org,webinar\n",
    );
    const result = await run("people", "import", file, "--system", "crm");
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/^line 2: error: no identifier: every row needs at least one id$/m);
    expect(result.out).toMatch(
      /^line 3 system “myspace”: error: unknown system; use one of lms, /m,
    );
    expect(result.out).toMatch(/Nothing was imported/);
    expect(await peopleCount()).toBe(2);
  });

  it("refuses a bad --map or a missing file with one line", async () => {
    const file = csv("x.csv", "email\na@example.org\n");
    expect(
      await run("people", "import", file, "--system", "crm", "--map", "email=password"),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^error: --map: “password” is not a target/),
    });
    expect(
      await run("people", "import", path.join(dataDir, "none.csv"), "--system", "crm"),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/cannot read/),
    });
    expect(await run("people", "import", file, "--system", "myspace")).toMatchObject({
      code: 1,
      err: expect.stringMatching(/system: must be one of/),
    });
  });
});
