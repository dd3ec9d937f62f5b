// pnpm bench:people: the People screens at scale. Loads the identity benchmark's 100,000 people
// and 300,000 IDs (bench/identity-sample.ts), gives them realistic names in 2,000 organisations,
// and times what the screens ask: a search by e-mail (mixed case, plus-addressed), by login, by
// CRM id, by a name prefix and a word prefix, the first page of everyone, one person's page, and
// a "find candidates" run. One engine per run: XROI_TEST_ENGINE=postgres (default) or pglite.
// Figures: docs/benchmarks.md.
import { openTestDatabase } from "@xroi/db/testing";
import { findCandidates } from "../src/people/candidates";
import { getPerson } from "../src/people/person-detail";
import { searchPeople } from "../src/people/search";
import { emailOf, loadPeople } from "./identity-sample";

const FIRST = ["ana", "ben", "chloe", "diego", "elif", "femi", "grace", "hugo", "ida", "jonas"];
const LAST = ["lima", "okoro", "sorensen", "vogel", "riviere", "novak", "kaya", "kim", "holm"];
const ms = (t: number) => `${t.toFixed(1)} ms`;

async function timed<T>(label: string, fn: () => Promise<T>, runs = 5): Promise<T> {
  let result: T | undefined;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(44)} median ${ms(times[Math.floor(runs / 2)]!)}, max ${ms(times[runs - 1]!)}`,
  );
  return result!;
}

process.env.XROI_TEST_ENGINE ??= "postgres";
const db = await openTestDatabase();
console.log(`== people at scale on ${db.engine} ==`);
try {
  const loaded = await loadPeople(db.sql);
  await db.sql.exec(`
    INSERT INTO organizations (id, name, name_key)
      SELECT gen_random_uuid(), 'Org ' || g, 'org ' || g FROM generate_series(1, 2000) g;
    WITH o AS (SELECT id, row_number() OVER (ORDER BY name_key) - 1 AS n FROM organizations),
         p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM people)
    UPDATE people SET organization_id = o.id,
           display_name = initcap((ARRAY[${FIRST.map((f) => `'${f}'`).join(",")}])[1 + p.n % ${FIRST.length}]
             || ' ' || (ARRAY[${LAST.map((l) => `'${l}'`).join(",")}])[1 + (p.n / 7)::int % ${LAST.length}] || ' ' || p.n),
           name_key = (ARRAY[${FIRST.map((f) => `'${f}'`).join(",")}])[1 + p.n % ${FIRST.length}]
             || ' ' || (ARRAY[${LAST.map((l) => `'${l}'`).join(",")}])[1 + (p.n / 7)::int % ${LAST.length}] || ' ' || p.n
      FROM p, o WHERE people.id = p.id AND o.n = (p.n / 50)::int % 2000;
    -- About 500 near-duplicates: every second one of the first 1,000 takes its neighbour's name.
    WITH p AS (SELECT id, name_key, row_number() OVER (ORDER BY id) AS n FROM people)
    UPDATE people SET name_key = prev.name_key
      FROM p cur JOIN p prev ON prev.n = cur.n - 1
     WHERE people.id = cur.id AND cur.n <= 1000 AND cur.n % 2 = 0;
    ANALYZE people; ANALYZE person_identifiers; ANALYZE organizations;`);
  console.log(
    `  loaded ${loaded.people.toLocaleString("en")} people, ${loaded.identifiers.toLocaleString("en")} IDs`,
  );
  const email = emailOf(4240).toUpperCase().replace("@", "+tag@");
  await timed(`search e-mail ${email.slice(0, 26)}…`, () => searchPeople(db.prisma, { q: email }));
  await timed("search GitHub login dev4243", () => searchPeople(db.prisma, { q: "dev4243" }));
  await timed("search CRM id C-777", () => searchPeople(db.prisma, { q: "C-777" }));
  const page = await timed("search name prefix 'grace vo'", () =>
    searchPeople(db.prisma, { q: "grace vo" }),
  );
  await timed("search word prefix 'sorens'", () => searchPeople(db.prisma, { q: "sorens" }));
  await timed("first page of everyone", () => searchPeople(db.prisma, {}));
  await timed("person page", () => getPerson(db.prisma, page.items[0]!.id));
  const found = await timed(
    "find candidates (all pairs)",
    () => findCandidates(db.prisma, null),
    1,
  );
  console.log(
    `  candidates: ${found.found.toLocaleString("en")} pairs found, ${found.open.toLocaleString("en")} open`,
  );
} finally {
  await db.close();
}
