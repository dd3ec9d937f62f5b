import { readFile } from "node:fs/promises";
import { expect, signIn, test, uniqueName } from "../fixtures/app";

const HEADER = "component,category,phase,unit,rate,volume,recurrence,starts_on";
const csv = (...lines: string[]) => ({
  name: "costs.csv",
  mimeType: "text/csv",
  buffer: Buffer.from([HEADER, ...lines].join("\n")),
});

test("an analyst imports a CSV: a bad line is refused by number, the fixed file lands, exports and splits", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await page.goto("/ledger");
  const name = uniqueName("Imported pilot");
  await page.getByRole("button", { name: "New program" }).click();
  const programDialog = page.getByRole("dialog");
  await programDialog.getByLabel("Name").fill(name);
  await programDialog.getByLabel("Starts").fill("2026-01-01");
  await programDialog.getByLabel("Ends").fill("2026-12-31");
  await programDialog.getByRole("button", { name: "Create program" }).click();
  await expect(programDialog).toBeHidden();

  await page.getByRole("button", { name: "Import" }).click();
  const dialog = page.getByRole("dialog", { name: "Import cost items" });
  await dialog
    .getByLabel("File")
    .setInputFiles(
      csv(
        "Course design,content,design,hour,95,120,,",
        "Facilitation,people,pilot,hour,-80,40,,",
        "LRS hosting,technology,operations,month,350,1,monthly,2026-01-01",
      ),
    );
  const errors = dialog.getByRole("table", { name: "Lines with errors" });
  await expect(errors.getByRole("row", { name: /3 rate must not be negative/ })).toBeVisible();
  await expect(dialog.getByText("Nothing will be imported until the file is fixed")).toBeVisible();
  await expect(dialog.getByRole("button", { name: /^Import/ })).toBeDisabled();

  await dialog
    .getByLabel("File")
    .setInputFiles(
      csv(
        "Course design,content,design,hour,95,120,,",
        "Facilitation,people,pilot,hour,80,40,,",
        "LRS hosting,technology,operations,month,350,1,monthly,2026-01-01",
      ),
    );
  await expect(dialog.getByText("3 ready")).toBeVisible();
  await dialog.getByRole("button", { name: "Import 3 items" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").first()).toHaveText("Imported 3 items from costs.csv.");
  // 95 x 120 + 80 x 40 + 350 x 12 months = 11,400 + 3,200 + 4,200
  await expect(page.getByLabel("Totals").getByText("$18,800.00").first()).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await readFile((await (await download).path())!, "utf8");
  expect(file).toContain("item,Facilitation,people,pilot,hour,80");
  expect(file).toMatch(/total,Total,,,,,,USD,.*,18800\.00/);

  // Any window: the monthly hosting is prorated to the first quarter; undated one-time items count.
  const window = page.getByRole("form", { name: "Window" });
  await window.getByLabel("From").fill("2026-01-01");
  await window.getByLabel("To").fill("2025-12-31");
  await window.getByRole("button", { name: "Apply" }).click();
  await expect(window.getByRole("alert")).toHaveText("To: must not be before From");
  await window.getByLabel("To").fill("2026-03-31");
  await window.getByRole("button", { name: "Apply" }).click();
  // 11,400 + 3,200 + 350 x 3 months
  await expect(page.getByLabel("Totals").getByText("$15,650.00").first()).toBeVisible();
  await page.getByRole("button", { name: "Whole period" }).click();
  await expect(page.getByLabel("Totals").getByText("$18,800.00").first()).toBeVisible();

  await page.getByRole("button", { name: "New allocation" }).click();
  const split = page.getByRole("dialog", { name: "New allocation" });
  await split.getByLabel("Name").fill("By region");
  await split.getByLabel("Asset or cohort, row 1").fill("North");
  await split.getByLabel("Share, row 1").fill("2");
  await split.getByLabel("Learners, row 1").fill("40");
  await split.getByLabel("Asset or cohort, row 2").fill("South");
  await split.getByLabel("Share, row 2").fill("-1");
  await split.getByRole("button", { name: "Create allocation" }).click();
  await expect(split.getByText("must not be negative")).toBeVisible();
  await split.getByLabel("Share, row 2").fill("1");
  await split.getByRole("button", { name: "Create allocation" }).click();
  await expect(split).toBeHidden();
  const table = page.getByRole("table", { name: "Allocation By region" });
  // 18,800 x 2/3 = 12,533.33; the other third takes the leftover cent: 6,266.67.
  await expect(table.getByRole("row", { name: /North/ })).toContainText("$12,533.33");
  await expect(table.getByRole("row", { name: /North/ })).toContainText("$313.33");
  await expect(table.getByRole("row", { name: /South/ })).toContainText("$6,266.67");
  await expect(table.getByRole("row", { name: /Total/ })).toContainText("$18,800.00");
});
