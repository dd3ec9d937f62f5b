import { randomUUID } from "node:crypto";
import type { TSqlDatabase } from "@xroi/db/sql";
import { prepareStatement } from "../src/statements/prepare";
import { normalizeStatement } from "../src/validate";
import { sampleStatement } from "./sample";

const CHUNK = 20_000;

const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  const text = typeof v === "string" ? v : JSON.stringify(v);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csvRow = (cells: unknown[]) => `${cells.map(csvCell).join(",")}\n`;

const isoMicros = (us: bigint) => {
  const ms = us / 1000n;
  const micros = (us % 1000n).toString().padStart(3, "0");
  return new Date(Number(ms)).toISOString().replace("Z", `${micros}Z`);
};

/**
 * Writes statements sample(from .. from+count-1) straight into the statement and key tables with
 * COPY, exactly as the LRS would store them (same JSON, columns and key rows), with no HTTP,
 * validation, hooks or conflict checks. `now`: stored values from the clock, so they sit with
 * what the LRS stored; the time taken is the ceiling the ingest rate is compared with.
 * `history`: stored values spread over the past year (the bulk of a 1,000,000-statement store).
 * Only the two COPY commands are timed, not building the CSV.
 */
export async function bulkLoad(
  db: Pick<TSqlDatabase, "sql">,
  o: { from: number; count: number; credentialId: string; mode: "now" | "history"; total?: number },
): Promise<{ statements: number; keys: number; copyMs: number; rate: number }> {
  const authority = {
    objectType: "Agent",
    name: "benchmark",
    account: { homePage: "http://127.0.0.1/xapi", name: "bench" },
  };
  const yearUs = 365n * 86_400_000_000n;
  let startUs: bigint;
  let stepUs: bigint;
  if (o.mode === "history") {
    const nowUs = BigInt(Date.now()) * 1000n;
    startUs = nowUs - yearUs - 86_400_000_000n;
    stepUs = yearUs / BigInt(o.total ?? o.count);
  } else {
    const [row] = await db.sql.query<{ first: string }>(
      `UPDATE lrs_clock SET last_stored = greatest(clock_timestamp(), last_stored + interval '1 microsecond') + ($1::int - 1) * interval '1 microsecond'
        WHERE id = 1 RETURNING (extract(epoch from last_stored - ($1::int - 1) * interval '1 microsecond') * 1000000)::bigint::text AS first`,
      [o.count],
    );
    startUs = BigInt(row!.first);
    stepUs = 1n;
  }
  let copyMs = 0;
  let keys = 0;
  for (let offset = 0; offset < o.count; offset += CHUNK) {
    let statements = "";
    let keyRows = "";
    for (let j = offset; j < Math.min(o.count, offset + CHUNK); j++) {
      const i = o.from + j;
      const storedUs = startUs + (o.mode === "history" ? BigInt(i) * stepUs : BigInt(j));
      const stored = isoMicros(storedUs);
      const raw = sampleStatement(i, stored);
      const statement = {
        ...normalizeStatement(raw, "2.0.0"),
        id: randomUUID(),
        authority,
        version: "2.0.0",
        stored,
      };
      const p = prepareStatement(statement, null);
      statements += csvRow([
        stored,
        p.id,
        statement,
        p.actorIfi,
        p.verbId,
        p.activityId,
        null,
        p.registration,
        p.timestamp,
        false,
        o.credentialId,
      ]);
      for (const k of p.keys.values()) {
        keyRows += csvRow([stored, k.kind, k.key, k.isDirect]);
        keys++;
      }
    }
    const start = performance.now();
    await db.sql.copyFrom(
      "COPY lrs_statements (stored, id, statement, actor_ifi, verb_id, activity_id, object_statement_id, registration, timestamp, voided, credential_id) FROM STDIN WITH (FORMAT csv)",
      statements,
    );
    await db.sql.copyFrom(
      "COPY lrs_statement_keys (stored, kind, key, is_direct) FROM STDIN WITH (FORMAT csv)",
      keyRows,
    );
    copyMs += performance.now() - start;
  }
  // Their actors, as the LRS records them (unresolved: the ID-mapping benchmark resolves them).
  await db.sql.query(
    `INSERT INTO lrs_actors (actor_ifi, first_stored)
     SELECT actor_ifi, min(stored) FROM lrs_statements WHERE stored >= $1::timestamptz GROUP BY actor_ifi
     ON CONFLICT DO NOTHING`,
    [isoMicros(startUs)],
  );
  return { statements: o.count, keys, copyMs, rate: (o.count / copyMs) * 1000 };
}
