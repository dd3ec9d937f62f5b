import { expect, signIn, test, uniqueName } from "../fixtures/app";

test("an analyst creates a program, enters three cost items and sees exact totals", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await page.getByRole("link", { name: "Cost ledger" }).first().click();
  await expect(page.getByRole("heading", { name: "Cost ledger", level: 1 })).toBeVisible();

  const name = uniqueName("Export readiness pilot");
  await page.getByRole("button", { name: "New program" }).click();
  const programDialog = page.getByRole("dialog");
  await programDialog.getByLabel("Name").fill(name);
  await programDialog.getByLabel("Starts").fill("2026-01-01");
  await programDialog.getByLabel("Ends").fill("2025-12-31");
  await programDialog.getByRole("button", { name: "Create program" }).click();
  await expect(programDialog.getByText("must not be before the start date")).toBeVisible();
  await programDialog.getByLabel("Ends").fill("2026-12-31");
  await programDialog.getByRole("button", { name: "Create program" }).click();
  await expect(programDialog).toBeHidden();
  await expect(page.getByLabel("Program", { exact: true })).toHaveValue(/.+/);
  await expect(
    page.getByRole("combobox", { name: "Program" }).locator("option:checked"),
  ).toHaveText(name);

  async function addItem(fields: Record<string, string>, selects: Record<string, string> = {}) {
    await page.getByRole("button", { name: "Add cost item" }).click();
    const dialog = page.getByRole("dialog");
    for (const [label, value] of Object.entries(fields))
      await dialog.getByLabel(label, { exact: true }).fill(value);
    for (const [label, value] of Object.entries(selects))
      await dialog.getByLabel(label, { exact: true }).selectOption(value);
    await dialog.getByRole("button", { name: "Add item" }).click();
  }

  // A bad rate is refused on its field and nothing is added.
  await addItem({
    Component: "Discovery and planning",
    "Rate per unit (USD)": "-120",
    Volume: "80",
  });
  await expect(page.getByRole("dialog").getByText("must not be negative")).toBeVisible();
  await page.getByRole("dialog").getByLabel("Rate per unit (USD)").fill("120");
  await page.getByRole("dialog").getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("status")).toHaveText("Added “Discovery and planning”.");

  // A recurring cost needs its start date.
  await addItem(
    { Component: "LRS subscription", "Rate per unit (USD)": "200", Volume: "1" },
    { Recurrence: "monthly", Unit: "month", Category: "technology" },
  );
  await expect(
    page.getByRole("dialog").getByText("is required for a recurring cost"),
  ).toBeVisible();
  await page.getByRole("dialog").getByLabel("Date or start (YYYY-MM-DD)").fill("2026-01-01");
  await page.getByRole("dialog").getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("status")).toHaveText("Added “LRS subscription”.");

  await addItem(
    { Component: "Participant time", "Rate per unit (USD)": "62.50", Volume: "37.5" },
    { Category: "participant_time", Unit: "learner_hour" },
  );
  await expect(page.getByRole("status")).toHaveText("Added “Participant time”.");

  const totals = page.getByLabel("Totals");
  // 120 x 80 + 200 x 12 months + 62.50 x 37.5 = 9,600 + 2,400 + 2,343.75
  await expect(totals.getByText("$14,343.75")).toHaveCount(2);
  await expect(page.getByRole("row", { name: /LRS subscription/ })).toContainText("$2,400.00");

  await page.getByRole("button", { name: "Delete Participant time" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete item" }).click();
  await expect(page.getByRole("status")).toHaveText("Deleted “Participant time”.");
  await expect(totals.getByText("$12,000.00")).toHaveCount(2);
});

test("a viewer reads the ledger but cannot change it", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/ledger");
  await expect(page.getByRole("heading", { name: "Cost ledger", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "New program" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add cost item" })).toHaveCount(0);
});
