import type { Page } from "@playwright/test";
import { expect, signIn, test, uniqueName } from "../fixtures/app";
import { DEMO_USERS } from "../fixtures/demo-users";

async function addItem(
  page: Page,
  fields: Record<string, string>,
  selects: Record<string, string> = {},
) {
  await page.getByRole("button", { name: "Add cost item" }).click();
  const dialog = page.getByRole("dialog");
  for (const [label, value] of Object.entries(fields))
    await dialog.getByLabel(label, { exact: true }).fill(value);
  for (const [label, value] of Object.entries(selects))
    await dialog.getByLabel(label, { exact: true }).selectOption(value);
  await dialog.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("status")).toHaveText(`Added “${fields.Component}”.`);
}

test("an analyst edits rate and volume in place, groups by category and compares programs", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await page.goto("/ledger");
  await expect(page.getByRole("heading", { name: "Cost ledger", level: 1 })).toBeVisible();

  const name = uniqueName("Ledger views pilot");
  await page.getByRole("button", { name: "New program" }).click();
  const programDialog = page.getByRole("dialog");
  await programDialog.getByLabel("Name").fill(name);
  await programDialog.getByLabel("Starts").fill("2026-01-01");
  await programDialog.getByLabel("Ends").fill("2026-12-31");
  await programDialog.getByRole("button", { name: "Create program" }).click();
  await expect(programDialog).toBeHidden();
  await expect(
    page.getByRole("combobox", { name: "Program" }).locator("option:checked"),
  ).toHaveText(name);

  await addItem(page, {
    Component: "Discovery and planning",
    "Rate per unit (USD)": "120",
    Volume: "80",
  });
  await addItem(
    page,
    {
      Component: "LRS subscription",
      "Rate per unit (USD)": "200",
      Volume: "1",
      "Date or start (YYYY-MM-DD)": "2026-01-01",
    },
    { Recurrence: "monthly", Unit: "month", Category: "technology" },
  );
  await addItem(
    page,
    { Component: "Authoring tool licence", "Rate per unit (USD)": "450", Volume: "2" },
    { Category: "licences", Unit: "fixed", "Planned or actual": "actual" },
  );
  const totals = page.getByLabel("Totals");
  // 120 x 80 + 200 x 12 months + 450 x 2 = 9,600 + 2,400 + 900
  await expect(totals).toContainText("$12,900.00");

  // Volume edited in place: Enter saves and the totals follow.
  const volume = page.getByRole("textbox", { name: "Volume of Discovery and planning" });
  await volume.fill("100");
  await volume.press("Enter");
  await expect(totals).toContainText("$15,300.00");
  const discovery = page.getByRole("row").filter({ has: volume });
  await expect(discovery).toContainText("$12,000.00");

  // Escape puts the saved value back and saves nothing.
  await volume.fill("5");
  await volume.press("Escape");
  await expect(volume).toHaveValue("100");
  await volume.blur();
  await expect(totals).toContainText("$15,300.00");

  // The item's history: who changed the volume, when, from what to what.
  await page.getByRole("button", { name: "History of Discovery and planning" }).click();
  const history = page.getByRole("dialog", { name: "History of “Discovery and planning”" });
  const latest = history.getByRole("list", { name: "Changes" }).getByRole("listitem").first();
  await expect(latest).toContainText("Updated");
  await expect(latest).toContainText(DEMO_USERS.analyst.name);
  await expect(latest).toContainText("volume“80” → “100”");
  await expect(latest).toContainText("amount“9600.00” → “12000.00”");
  await expect(history.getByRole("listitem").last()).toContainText("Created");
  await page.keyboard.press("Escape");
  await expect(history).toBeHidden();

  // A negative rate is refused beside the cell; the saved rate stays.
  const rate = page.getByRole("textbox", { name: "Rate of Discovery and planning" });
  await rate.fill("-120");
  await rate.press("Enter");
  await expect(discovery.getByRole("alert")).toHaveText("rate: must not be negative");
  await expect(rate).toHaveValue("120");
  await expect(rate).toHaveAttribute("aria-invalid", "true");
  await expect(totals).toContainText("$15,300.00");

  // So is a rate the column cannot hold, or one whose amount (rate × volume) is too large.
  await rate.fill("10000000000000");
  await rate.press("Enter");
  await expect(discovery.getByRole("alert")).toHaveText("rate: must be below 1,000,000,000,000");
  await rate.fill("20000000000");
  await rate.press("Enter");
  await expect(discovery.getByRole("alert")).toHaveText(
    "rate: makes the amount (rate × volume) 1,000,000,000,000 or more",
  );
  await expect(rate).toHaveValue("120");
  await rate.press("Escape");

  // The component name is edited the same way; leaving the field saves it.
  const component = page.getByRole("textbox", { name: "Name of LRS subscription" });
  await component.fill("LRS hosting");
  await component.blur();
  await expect(page.getByRole("textbox", { name: "Name of LRS hosting" })).toHaveValue(
    "LRS hosting",
  );

  // Grouped by category: one heading row per category with its exact subtotal.
  await page.getByLabel("Group by").selectOption("category");
  const subtotals = page.getByRole("row").filter({ hasText: "Subtotal" });
  await expect(subtotals).toHaveCount(3);
  await expect(subtotals.filter({ hasText: "People" })).toContainText("$12,000.00");
  await expect(subtotals.filter({ hasText: "Technology" })).toContainText("$2,400.00");
  await expect(subtotals.filter({ hasText: "Licences" })).toContainText("$900.00");

  const chart = page.getByRole("figure", { name: "Planned against actual, by category" });
  await expect(chart).toContainText("Planned $14,400.00 · Actual $900.00");

  // The two demo programs side by side, each with its case study's total.
  await page.getByRole("tab", { name: "Compare programs" }).click();
  await page.getByLabel("First program").selectOption({ label: "Member learning ROI, Year 1" });
  await page.getByLabel("Second program").selectOption({ label: "Engineering upskilling Q1" });
  const comparison = page.getByRole("table", { name: "Programs side by side" });
  await expect(comparison.getByRole("columnheader")).toContainText([
    "Member learning ROI, Year 1",
    "Engineering upskilling Q1",
  ]);
  await expect(comparison.getByRole("row", { name: /^Total / })).toContainText(
    "$113,680.00$184,160.00",
  );
  await expect(comparison.getByRole("row", { name: /^Participant time / })).toContainText(
    "$60,000.00",
  );
});

test("a viewer reads rates and volumes as plain text", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/ledger");
  await page
    .getByRole("combobox", { name: "Program" })
    .selectOption({ label: "Engineering upskilling Q1" });
  await expect(page.getByLabel("Totals")).toContainText("$184,160.00");
  const discovery = page.getByRole("row", { name: /^Discovery and Planning / });
  await expect(discovery).toContainText("per hour");
  await expect(discovery).toContainText("$13,200.00");
  await expect(page.getByRole("table", { name: "Cost items" }).getByRole("textbox")).toHaveCount(0);
  // Everyone may read an item's history; only editors see Edit and Delete.
  await expect(discovery.getByRole("button", { name: /^History of / })).toBeVisible();
  await expect(discovery.getByRole("button", { name: /^Edit / })).toHaveCount(0);
});
