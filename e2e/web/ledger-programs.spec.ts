import { expect, signIn, test, uniqueName } from "../fixtures/app";

test("an analyst edits a program's name and period, sees its currency fixed and an impossible date refused, then deletes it", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await page.goto("/ledger");
  const name = uniqueName("Program to change");
  await page.getByRole("button", { name: "New program" }).click();
  const create = page.getByRole("dialog");
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Starts").fill("2026-02-30");
  await create.getByLabel("Ends").fill("2026-12-31");
  await create.getByRole("button", { name: "Create program" }).click();
  await expect(
    create.getByText("is not a calendar date (February 2026 has 28 days)"),
  ).toBeVisible();
  await create.getByLabel("Starts").fill("2026-01-01");
  await create.getByRole("button", { name: "Create program" }).click();
  await expect(create).toBeHidden();
  const picker = page.getByRole("combobox", { name: "Program" });
  await expect(picker.locator("option:checked")).toHaveText(name);

  await page.getByRole("button", { name: "Add cost item" }).click();
  const item = page.getByRole("dialog");
  await item.getByLabel("Component", { exact: true }).fill("Venue hire");
  await item.getByLabel("Rate per unit (USD)").fill("10000000000000");
  await item.getByLabel("Volume", { exact: true }).fill("1");
  await item.getByRole("button", { name: "Add item" }).click();
  await expect(item.getByText("must be below 1,000,000,000,000")).toBeVisible();
  await item.getByLabel("Rate per unit (USD)").fill("1200");
  await item.getByLabel("Date or start (YYYY-MM-DD)").fill("2026-09-01");
  await item.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("status")).toHaveText("Added “Venue hire”.");
  const totals = page.getByLabel("Totals");
  await expect(totals).toContainText("Totals for 2026-01-01 to 2026-12-31, the program's period");
  await expect(totals).toContainText("$1,200.00");
  const outside = page.getByRole("note", { name: "Costs outside the program's period" });
  await expect(outside).toHaveCount(0);

  // Rename and move the period; the currency stays, now that the program has an item.
  const renamed = `${name} (renamed)`;
  await page.getByRole("button", { name: "Edit program" }).click();
  const edit = page.getByRole("dialog", { name: `Edit “${name}”` });
  await expect(edit.getByLabel("Currency")).toHaveAttribute("readonly", "");
  await expect(edit.getByText("Fixed: the program has cost items")).toBeVisible();
  await edit.getByLabel("Name").fill(renamed);
  await edit.getByLabel("Ends").fill("2026-06-31");
  await edit.getByRole("button", { name: "Save program" }).click();
  await expect(edit.getByText("is not a calendar date (June 2026 has 30 days)")).toBeVisible();
  await edit.getByLabel("Ends").fill("2026-06-30");
  await edit.getByRole("button", { name: "Save program" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("status")).toHaveText(`Saved the program “${renamed}”.`);
  await expect(picker.locator("option:checked")).toHaveText(renamed);
  await expect(page.getByText("2026-01-01 to 2026-06-30 · USD")).toBeVisible();

  // The item now lies after the period: the total leaves it out, and the ledger says so.
  await expect(totals).toContainText("Totals for 2026-01-01 to 2026-06-30, the program's period");
  await expect(totals).toContainText("$0.00");
  await expect(outside).toContainText("1 cost item is dated outside the program's period");
  await expect(outside).toContainText("Venue hire (2026-09-01): wholly outside");
  await expect(page.getByRole("row", { name: /Venue hire/ })).toContainText("outside the period");
  // A window that covers it counts it.
  const window = page.getByRole("form", { name: "Window" });
  await window.getByLabel("To").fill("2026-12-31");
  await window.getByRole("button", { name: "Apply" }).click();
  await expect(totals).toContainText("Totals for 2026-01-01 to 2026-12-31, the chosen window");
  await expect(totals).toContainText("$1,200.00");

  // Delete asks first and says what goes with it.
  await page.getByRole("button", { name: "Delete program" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete the program “${renamed}”?`);
  await expect(confirm).toContainText("Deleting it also deletes its 1 cost item.");
  await confirm.getByRole("button", { name: "Delete program" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("status")).toHaveText(
    `Deleted the program “${renamed}” with 1 cost item.`,
  );
  await expect(picker.locator("option", { hasText: renamed })).toHaveCount(0);
});

test("a viewer cannot edit or delete a program", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/ledger");
  await expect(page.getByLabel("Totals")).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit program" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete program" })).toHaveCount(0);
  // The program's history is open to everyone signed in.
  await page.getByRole("button", { name: "Program history" }).click();
  await expect(page.getByRole("dialog", { name: /^History of “/ })).toBeVisible();
});
