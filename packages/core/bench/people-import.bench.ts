// pnpm bench:people-import: a 50,000-row mapping CSV against 50,000 people who already hold
// 100,000 IDs (half the rows match someone, half are new), with 20,000 stored LRS actors of
// which the file maps 10,000. Times the dry run and the apply (which re-plans, writes and
// re-resolves the unresolved actors). PostgreSQL when it answers, then PGlite, each in its own
// process. Figures: docs/benchmarks.md.
import { openTestDatabase } from "@xroi/db/testing";
import { postgresIfAvailable, runPerEngine } from "./engines";
import { applyCsvImport, dryRunCsvImport, upsertBatch } from "../src/people-import/import";

const ROWS = 50_000;
const EXISTING = 50_000;
const ACTORS = 20_000;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  return [await fn(), performance.now() - start];
}

async function runEngine(engine: string): Promise<void> {
  const db = await openTestDatabase();
  console.log(`\n== ${engine} (${db.location}) ==`);
  try {
    // Existing people, through the connector path in batches of 5,000.
    const [, seedMs] = await timed(async () => {
      for (let start = 0; start < EXISTING; start += 5000)
        await upsertBatch(db.prisma, null, {
          system: "lms",
          rows: Array.from({ length: 5000 }, (_, j) => {
            const i = start + j;
            return {
              name: `Person ${i}`,
              identifiers: [
                { kind: "user_id" as const, value: `u${i}` },
                { kind: "email" as const, value: `p${i}@example.org` },
              ],
            };
          }),
        });
    });
    // Unresolved actors: e-mails of people the file brings (new) and of people who exist.
    await db.sql.query(
      `INSERT INTO lrs_actors (actor_ifi, first_stored)
       SELECT 'mbox:mailto:p' || (i * 5) || '@example.org', now() FROM generate_series(0, $1::int - 1) i
       UNION ALL SELECT 'mbox:mailto:nobody' || i || '@example.org', now() FROM generate_series(0, $1::int - 1) i`,
      [ACTORS / 2],
    );
    // The file: rows 25,000..74,999: the first half are people above (matched by e-mail, adding
    // a CRM id), the second half new.
    const lines = ["Name,Email,Contact ID,Company"];
    for (let i = EXISTING / 2; i < EXISTING / 2 + ROWS; i++)
      lines.push(`Person ${i},p${i}@example.org,C-${i},Company ${i % 500}`);
    const input = {
      system: "crm" as const,
      fileName: "crm.csv",
      contentBase64: Buffer.from(lines.join("\n")).toString("base64"),
    };
    const mb = (input.contentBase64.length * 0.75) / 1e6;
    console.log(
      `  seeded ${EXISTING.toLocaleString("en-US")} people in ${seconds(seedMs)}; file ${ROWS.toLocaleString("en-US")} rows, ${mb.toFixed(1)} MB`,
    );
    const [dry, dryMs] = await timed(() => dryRunCsvImport(db.prisma, input));
    console.log(`  dry run: ${seconds(dryMs)} (${JSON.stringify(dry.counts)})`);
    const [applied, applyMs] = await timed(() => applyCsvImport(db.prisma, null, input));
    console.log(
      `  apply:   ${seconds(applyMs)} (applied ${applied.applied}, ${applied.actorsResolved.toLocaleString("en-US")} actors resolved); apply is ${(applyMs / dryMs).toFixed(1)}× the dry run`,
    );
  } finally {
    await db.close();
  }
}

const engineArg = process.argv.find((a) => a.startsWith("--engine="))?.slice("--engine=".length);
if (engineArg) {
  await runEngine(engineArg);
} else {
  runPerEngine(import.meta.url, [...(await postgresIfAvailable()), "pglite"]);
}
