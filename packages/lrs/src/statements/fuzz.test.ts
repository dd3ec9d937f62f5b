import type { TDatabase } from "@xroi/db";
import { openTestDatabase, testEngine } from "@xroi/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestLrs } from "../testing/harness";
import { validateStatement } from "../validate";
import { minimalStatement, richStatement, subStatementStatement } from "../validate/test-fixtures";

type TJson = Record<string, unknown>;

/** Every path to a value inside a statement (object keys and array indexes). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

/** A copy of `statement` with the value at `path` replaced, deleted, or given an extra key. */
function mutate(
  statement: TJson,
  path: (string | number)[],
  action: "set" | "delete" | "extra",
  value: unknown,
): TJson {
  const copy = structuredClone(statement);
  if (path.length === 0) return action === "extra" ? { ...copy, unexpected: value } : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (action === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (
    action === "extra" &&
    parent[last] &&
    typeof parent[last] === "object" &&
    !Array.isArray(parent[last])
  ) {
    (parent[last] as TJson).unexpected = value;
  } else parent[last] = value;
  return copy;
}

const nasty = fc.oneof(
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    "",
    " ",
    "not an iri",
    "mailto:",
    "urn:uuid:",
    "2024-13-45T99:99:99Z",
    "00000000-0000-0000-0000-000000000000",
    "-00:00",
    "\u0000",
    "🎓",
    "PT",
    "<script>",
    [],
    {},
    [null],
    { "": "" },
  ),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }),
);

describe(`random mutations of valid statements on ${testEngine()}`, () => {
  let db: TDatabase;
  let lrs: Awaited<ReturnType<typeof createTestLrs>>;
  beforeAll(async () => {
    db = await openTestDatabase();
    lrs = await createTestLrs(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it("never answers 5xx, and never stores a statement that breaks the xAPI data rules", async () => {
    const bases = [minimalStatement(), richStatement(), subStatementStatement()].map((s) => {
      const { id: _id, ...rest } = s; // fresh ids, so a mutation is not a 409 against an earlier run
      return rest as TJson;
    });
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...bases)
          .chain((base) =>
            fc.tuple(
              fc.constant(base),
              fc.constantFrom(...paths(base)),
              fc.constantFrom("set", "delete", "extra") as fc.Arbitrary<"set" | "delete" | "extra">,
              nasty,
              fc.boolean(),
            ),
          ),
        async ([base, path, action, value, asBatch]) => {
          const mutated = mutate(base, path, action, value);
          const body = asBatch ? [minimalStatement(), mutated] : mutated;
          const before = (
            await db.sql.query("SELECT count(*)::int AS n FROM lrs_statements")
          )[0] as { n: number };
          const res = await lrs.call("POST", "/statements", { body });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, JSON.stringify({ path, action, value })).toBeLessThan(500);
          expect([200, 400, 409]).toContain(res.status);
          const after = (
            await db.sql.query("SELECT count(*)::int AS n FROM lrs_statements")
          )[0] as { n: number };
          // All or nothing: a refused batch stores none of its statements.
          expect(after.n - before.n).toBe(res.status === 200 ? (asBatch ? 2 : 1) : 0);
        },
      ),
      { numRuns: 400, seed: 20261201 },
    );
    // Both outcomes were exercised, so the property says something.
    expect(statuses.get(200)).toBeGreaterThan(10);
    expect(statuses.get(400)).toBeGreaterThan(10);
    const stored = await db.sql.query<{ statement: TJson }>("SELECT statement FROM lrs_statements");
    for (const { statement } of stored)
      expect(validateStatement(statement, { version: "2.0.0" })).toEqual([]);
  }, 240_000);

  it("never answers 5xx to arbitrary bodies, content types and parameters", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString("latin1")),
        ),
        fc.constantFrom(
          "application/json",
          "multipart/mixed; boundary=x",
          "multipart/mixed",
          "text/plain",
          "",
        ),
        fc.constantFrom(
          "POST /statements",
          "PUT /statements?statementId=4f0b6b1a-5c69-4a87-9a6e-2d0e3c6b7f21",
          "GET /statements?agent=",
          "POST /activities/state?stateId=s&activityId=http://x.org/a&agent=",
        ),
        fc.string({ maxLength: 40 }),
        async (body, contentType, target, param) => {
          const [method, path] = target.split(" ") as [string, string];
          const url = path.endsWith("=") ? `${path}${encodeURIComponent(param)}` : path;
          const res = await lrs.call(
            method,
            url,
            method === "GET" ? {} : { raw: body, contentType },
          );
          expect(res.status, `${target} ${JSON.stringify(body).slice(0, 80)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
  }, 240_000);
});
