import { expect, signIn, test, uniqueName } from "../fixtures/app";

test("an admin creates, validates, searches, edits and deletes a skill", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Skills" }).first().click();
  await expect(page.getByRole("heading", { name: "Skills", level: 1 })).toBeVisible();

  const name = uniqueName("Export pricing");
  await page.getByRole("button", { name: "New skill" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("x");
  await dialog.getByRole("button", { name: "Create skill" }).click();
  await expect(dialog.getByText("must be at least 2 characters")).toBeVisible();

  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Category").fill("Member services");
  await dialog.getByLabel("Description").fill("Quote export prices with Incoterms.");
  await dialog.getByRole("button", { name: "Create skill" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status")).toHaveText(`Created “${name}”.`);

  await page.getByRole("searchbox", { name: "Search skills" }).fill(name);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toHaveCount(1);
  await expect(page.getByText(/^1 skill matching/)).toBeVisible();

  // A duplicate name is refused by the server and shown on the field.
  await page.getByRole("button", { name: "New skill" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill(name.toUpperCase());
  await page.getByRole("dialog").getByRole("button", { name: "Create skill" }).click();
  await expect(page.getByRole("dialog").getByText(/already exists/)).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

  await row.getByRole("button", { name: `Edit ${name}` }).click();
  const renamed = `${name} (EU)`;
  await page.getByRole("dialog").getByLabel("Name").fill(renamed);
  await page.getByRole("dialog").getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText(`Saved “${renamed}”.`);
  await expect(page.getByRole("cell", { name: renamed, exact: true })).toBeVisible();

  await page.getByRole("button", { name: `Delete ${renamed}` }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete “${renamed}”?`);
  await confirm.getByRole("button", { name: "Delete skill" }).click();
  await expect(page.getByRole("status")).toHaveText(`Deleted “${renamed}”.`);
  await expect(page.getByText(/^No skills match/)).toBeVisible();
});

test("the demo skills are listed with paging, and a viewer cannot edit them", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/skills");
  await expect(page.getByText(/^\d+ skills$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "New skill" })).toHaveCount(0);
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.getByText(/^Page 1 of \d+$/)).toBeVisible();
  await pages.getByRole("button", { name: "Next" }).click();
  await expect(pages.getByText(/^Page 2 of \d+$/)).toBeVisible();
});

test("an area whose issue is not done says so plainly", async ({ page }) => {
  await signIn(page, "analyst");
  await page
    .getByRole("link", { name: /ROI reports/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Not built yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
});
