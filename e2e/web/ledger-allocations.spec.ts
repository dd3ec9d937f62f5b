import { expect, signIn, test, uniqueName } from "../fixtures/app";

test("an analyst splits a program to a learning asset picked from the list and a typed cohort", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await page.goto("/ledger");
  const name = uniqueName("Asset split pilot");
  await page.getByRole("button", { name: "New program" }).click();
  const programDialog = page.getByRole("dialog");
  await programDialog.getByLabel("Name").fill(name);
  await programDialog.getByLabel("Starts").fill("2026-01-01");
  await programDialog.getByLabel("Ends").fill("2026-12-31");
  await programDialog.getByRole("button", { name: "Create program" }).click();
  await expect(programDialog).toBeHidden();

  await page.getByRole("button", { name: "Add cost item" }).click();
  const item = page.getByRole("dialog");
  await item.getByLabel("Component", { exact: true }).fill("Course build");
  await item.getByLabel("Rate per unit (USD)").fill("900");
  await item.getByLabel("Volume", { exact: true }).fill("1");
  await item.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("status")).toHaveText("Added “Course build”.");

  await page.getByRole("button", { name: "New allocation" }).click();
  const split = page.getByRole("dialog", { name: "New allocation" });
  await split.getByLabel("Name").fill("Course and walk-ins");
  const first = split.getByRole("combobox", { name: "Asset or cohort, row 1" });
  await first.fill("Export Readiness");
  await split.getByRole("option", { name: /^Export Readiness 101/ }).click();
  await expect(first).toHaveValue("Export Readiness 101");
  await expect(split.getByText("Linked learning asset")).toBeVisible();
  await split.getByLabel("Share, row 1").fill("2");
  // Free text stays free text: a cohort nobody catalogued.
  await split.getByRole("combobox", { name: "Asset or cohort, row 2" }).fill("Walk-in members");
  await split.getByLabel("Share, row 2").fill("10000000000000");
  await split.getByRole("button", { name: "Create allocation" }).click();
  await expect(split.getByText("must be below 1,000,000,000,000")).toBeVisible();
  await split.getByLabel("Share, row 2").fill("1");
  await split.getByLabel("Window from (empty: the program's period)").fill("2026-02-30");
  await split.getByLabel("Window to").fill("2026-03-31");
  await split.getByRole("button", { name: "Create allocation" }).click();
  await expect(split.getByText("is not a calendar date (February 2026 has 28 days)")).toBeVisible();
  await split.getByLabel("Window from (empty: the program's period)").fill("");
  await split.getByLabel("Window to").fill("");
  await split.getByRole("button", { name: "Create allocation" }).click();
  await expect(split).toBeHidden();

  const table = page.getByRole("table", { name: "Allocation Course and walk-ins" });
  const asset = table.getByRole("row", { name: /Export Readiness 101/ });
  await expect(asset).toContainText("learning asset");
  await expect(asset).toContainText("$600.00");
  await expect(table.getByRole("row", { name: /Walk-in members/ })).toContainText("cohort");
  await expect(table.getByRole("row", { name: /Walk-in members/ })).toContainText("$300.00");

  await page.getByRole("button", { name: "History of allocation Course and walk-ins" }).click();
  const history = page.getByRole("dialog", { name: "History of “Course and walk-ins”" });
  await expect(history.getByRole("listitem").first()).toContainText("Created");
  await expect(history.getByRole("listitem").first()).toContainText(
    "Export Readiness 101: 2 (linked asset)",
  );
});

test("an analyst splits by learner-hours taken from the LRS", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/ledger");
  // A program over the last year, so the demo statements (the last 90 days) fall inside it.
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await page.getByRole("button", { name: "New program" }).click();
  const programDialog = page.getByRole("dialog");
  await programDialog.getByLabel("Name").fill(uniqueName("Learner-hours split"));
  await programDialog.getByLabel("Starts").fill(day(-365));
  await programDialog.getByLabel("Ends").fill(day(1));
  await programDialog.getByRole("button", { name: "Create program" }).click();
  await expect(programDialog).toBeHidden();

  await page.getByRole("button", { name: "New allocation" }).click();
  const split = page.getByRole("dialog", { name: "New allocation" });
  await split.getByLabel("Name").fill("By time spent");
  await split.getByLabel("Split by").selectOption({ label: "Learner-hours" });
  await split.getByRole("button", { name: "Take learners and hours from the LRS" }).click();
  await expect(split.getByRole("alert")).toContainText("Link a row to a learning asset first");
  const first = split.getByRole("combobox", { name: "Asset or cohort, row 1" });
  await first.fill("Export Readiness");
  await split.getByRole("option", { name: /^Export Readiness 101/ }).click();
  await split.getByRole("button", { name: "Take learners and hours from the LRS" }).click();
  await expect(split.getByRole("status")).toContainText(
    /Filled 1 linked row from \d+ xAPI statements/,
  );
  await expect(split.getByLabel("Learner-hours, row 1")).not.toHaveValue("");
  await expect(split.getByLabel("Learners, row 1")).not.toHaveValue("");
});
