import type { Page } from "@playwright/test";
import { expect, mutate, query, signIn, test } from "../fixtures/app";

const UNMAPPED = "Statements from unmapped actors";
const IMPORT_PATH = "/people/import";

type TOverview = { checks: { check: string; count: number; examples: { label: string }[] }[] };
type TReport = { applied: boolean; problems: { line: number }[] };

/**
 * Runs the checks from the quality page and returns the unmapped-statements count of that run,
 * once the page shows it.
 */
async function unmappedCount(page: Page): Promise<number> {
  await page.goto("/people/quality");
  await expect(page.getByRole("heading", { name: "Data quality", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Run now" }).click();
  await expect(page.getByText(/^The checks ran in/)).toBeVisible();
  // The run is stored once the page says so; the card shows its count when the page has refetched.
  const overview = await query<TOverview>(page, "quality.overview", undefined);
  const count = overview.checks.find((c) => c.check === "unmapped_actors")!.count;
  await expect(
    page
      .getByRole("region", { name: UNMAPPED })
      .getByText(new RegExp(`^${count.toLocaleString("en")} statements?$`)),
  ).toBeVisible();
  return count;
}

const csvFile = (name: string, lines: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(lines.join("\n")),
});
const base64 = (lines: string[]) => Buffer.from(lines.join("\n")).toString("base64");

/** Chooses a file and a system, then goes on to the column step. */
async function chooseFile(page: Page, file: ReturnType<typeof csvFile>, system: string) {
  await page.goto(IMPORT_PATH);
  await expect(page.getByRole("heading", { name: "Import ID mappings", level: 1 })).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByLabel("System the IDs come from").selectOption({ label: system });
  await page.getByRole("button", { name: "Next: columns" }).click();
}

test("an admin imports a mapping for unmapped actors and sees the unmapped count drop", async ({
  page,
}) => {
  await signIn(page, "admin");
  const before = await unmappedCount(page);
  expect(before).toBeGreaterThan(0);

  // The actors behind that count, as the quality run lists them (busiest first): demo members
  // by e-mail, vendor engineers by GitHub login. Whatever the demo seed already maps is not here.
  const overview = await query<TOverview>(page, "quality.overview", undefined);
  const labels = overview.checks
    .find((c) => c.check === "unmapped_actors")!
    .examples.map((e) => e.label);
  const rows = labels.flatMap((label, i) => {
    if (label.startsWith("mbox:mailto:")) return [`E2E Member ${i},webinar,${label.slice(12)},`];
    const github = /^account:https:\/\/github\.com (.+)$/.exec(label);
    return github ? [`E2E Engineer ${i},github,,${github[1]}`] : [];
  });
  const header = "Full name,System,E-mail,Login";
  // Rows that would conflict with mappings someone made meanwhile are left out.
  const checked = await mutate<TReport>(page, "identityImport.dryRun", {
    fileName: "check.csv",
    contentBase64: base64([header, ...rows]),
  });
  const bad = new Set(checked.problems.map((p) => p.line));
  const lines = [header, ...rows.filter((_, i) => !bad.has(i + 2))];
  expect(lines.length).toBeGreaterThan(1);

  await chooseFile(page, csvFile("unmapped-actors.csv", lines), "Webinar tool");
  // The columns are suggested from their headers.
  await expect(page.getByLabel("Full name")).toHaveValue("name");
  await expect(page.getByLabel("System", { exact: true })).toHaveValue("system");
  await expect(page.getByLabel("E-mail")).toHaveValue("email");
  await expect(page.getByLabel("Login")).toHaveValue("login");
  await page.getByRole("button", { name: "Dry run" }).click();
  const counts = page.getByRole("region", { name: "Counts" });
  await expect(counts).toContainText(`${lines.length - 1} rows`);
  await expect(
    counts.locator("div", { hasText: "Conflicting" }).getByRole("definition"),
  ).toHaveText("0");
  await expect(page.getByRole("table", { name: "Preview of the first rows" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Problems by line" })).toHaveCount(0);
  await page.screenshot({ path: "test-results/people-import-dry-run.png", fullPage: true });

  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByText(/^Imported: \d+ new people/)).toBeVisible();
  await expect(page.getByText(/[1-9]\d* LRS actors now resolve to a person/)).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Past imports" })
      .getByRole("cell", { name: "unmapped-actors.csv" })
      .first(),
  ).toBeVisible();
  await page.screenshot({ path: "test-results/people-import-result.png", fullPage: true });

  await page.getByRole("link", { name: "See the data-quality checks" }).click();
  await expect(page.getByRole("heading", { name: "Data quality", level: 1 })).toBeVisible();
  expect(await unmappedCount(page)).toBeLessThan(before);
});

test("a file with an empty id and an unknown system shows each line's problem and imports nothing", async ({
  page,
}) => {
  await signIn(page, "admin");
  const before = (await query<unknown[]>(page, "identityImport.list", undefined)).length;
  // Nothing chosen: each field says what it needs.
  await page.goto(IMPORT_PATH);
  await page.getByRole("button", { name: "Next: columns" }).click();
  await expect(page.getByLabel("CSV file")).toHaveAccessibleDescription("choose a CSV file");
  await expect(page.getByLabel("System the IDs come from")).toHaveAccessibleDescription(
    "choose the system the IDs come from",
  );
  const lines = ["Name,E-mail,System", "No Id,,crm", "Odd One,odd.one@example.org,myspace"];
  await chooseFile(page, csvFile("bad.csv", lines), "CRM");
  await page.getByRole("button", { name: "Dry run" }).click();
  const problems = page.getByRole("table", { name: "Problems by line" });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole("row")).toHaveCount(3);
  await expect(problems.getByRole("row").nth(1)).toContainText(
    "no identifier: every row needs at least one id",
  );
  await expect(problems.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("2");
  await expect(problems.getByRole("row").nth(2)).toContainText("myspace");
  await expect(problems.getByRole("row").nth(2)).toContainText("unknown system");
  await expect(page.getByText(/2 problems: nothing will be imported/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply import" })).toBeDisabled();
  await page.screenshot({ path: "test-results/people-import-problems.png", fullPage: true });

  // The server refuses it too, and nothing was recorded.
  const applied = await mutate<TReport>(page, "identityImport.applyImport", {
    system: "crm",
    fileName: "bad.csv",
    contentBase64: base64(lines),
  });
  expect(applied.applied).toBe(false);
  expect((await query<unknown[]>(page, "identityImport.list", undefined)).length).toBe(before);
});
