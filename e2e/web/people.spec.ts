import type { Page } from "@playwright/test";
import { expect, signIn, test, uniqueName } from "../fixtures/app";

/** Finds one person through the search box, as a person would, and opens them. */
async function openPerson(page: Page, search: string, name: string) {
  await page.goto("/people");
  await page.getByRole("searchbox", { name: "Search people" }).fill(search);
  await expect(page).toHaveURL(new RegExp(`/people\\?q=`));
  const people = page.getByRole("table", { name: "People" });
  await people.getByRole("link", { name, exact: true }).first().click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
}

test("an admin finds a person by e-mail whatever its case, and adds an identifier", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page
    .getByRole("navigation", { name: "Product areas" })
    .getByRole("link", { name: "People and IDs" })
    .click();
  await expect(page.getByRole("heading", { name: "People and IDs", level: 1 })).toBeVisible();
  await page
    .getByRole("searchbox", { name: "Search people" })
    .fill("K.VOGEL@Kestrel-Tools.example");
  const row = page
    .getByRole("table", { name: "People" })
    .getByRole("row", { name: /Katrin Vogel/ });
  await expect(row).toContainText("lms email: k.vogel@kestrel-tools.example");
  await row.getByRole("link", { name: "Katrin Vogel" }).click();
  await expect(page.getByRole("heading", { name: "Katrin Vogel", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Learning activity" })).toBeVisible();

  const value = uniqueName("lms").replace(/\s/g, "-");
  const form = page.getByRole("form", { name: "Add an identifier" });
  await form.getByLabel("System").selectOption("lms");
  await form.getByLabel("Kind").selectOption("user_id");
  await form.getByLabel("Value").fill(value);
  await form.getByRole("button", { name: "Add identifier" }).click();
  await expect(page.getByRole("table", { name: "Identifiers" })).toContainText(value);
  // The same value again: refused, naming who holds it.
  await form.getByLabel("Value").fill(value);
  await form.getByRole("button", { name: "Add identifier" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Katrin Vogel already has lms user_id" }),
  ).toBeVisible();
});

test("an admin merges two near-duplicates from the review queue, choosing the CRM id, then undoes it", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/people/review");
  const pair = page.getByRole("listitem", { name: "Ida Holm and Ida Holm" });
  await expect(pair).toContainText("Same name in one organisation");
  await pair
    .getByRole("button", { name: "Keep this one, merge the other: Ida Holm, CRM-1001-3" })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText("Both hold a CRM contact_id: which to keep?")).toBeVisible();
  const merge = dialog.getByRole("button", { name: /^Merge into Ida Holm/ });
  await expect(merge).toBeDisabled();
  await dialog.getByLabel(/Keep CRM-1001-3/).check();
  await merge.click();
  await expect(page.getByRole("status")).toContainText("was merged into Ida Holm");
  await expect(page.getByRole("listitem", { name: "Ida Holm and Ida Holm" })).toHaveCount(0);

  await openPerson(page, "CRM-1001-3", "Ida Holm");
  const ids = page.getByRole("table", { name: "Identifiers" });
  await expect(ids).toContainText("ida.holm.dk@gmail.com");
  await expect(ids).not.toContainText("CRM-1001-90");
  await page.getByRole("button", { name: "Undo merge" }).click();
  await expect(page.getByRole("status")).toContainText("The merge was undone.");
  await expect(ids).not.toContainText("ida.holm.dk@gmail.com");
  // The person's history tells both, in words, newest first.
  const history = page.getByRole("list", { name: "Changes to this person" });
  await expect(history.getByRole("listitem").first()).toContainText(
    "Undid the merge of “Ida Holm”: 2 IDs went back.",
  );
  await expect(history).toContainText("1 clashing ID dropped (crm contact_id CRM-1001-90)");
  await page.goto("/people/review");
  await expect(page.getByRole("listitem", { name: "Ida Holm and Ida Holm" })).toBeVisible();
});

test("an admin splits an identifier off to a new person", async ({ page }) => {
  await signIn(page, "admin");
  await openPerson(page, "cobalt-data-dev4", (await nameOf(page, "cobalt-data-dev4"))!);
  await page.getByRole("button", { name: "Split…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Jira account_id: 712020:cobalt-data-4$/).check();
  const name = uniqueName("Split person");
  await dialog.getByLabel("Name of the new person").fill(name);
  await dialog.getByRole("button", { name: "Split" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  const ids = page.getByRole("table", { name: "Identifiers" });
  await expect(ids).toContainText("712020:cobalt-data-4");
  await expect(ids).not.toContainText("cobalt-data-dev4@stackwell.example");
  await expect(page.getByRole("list", { name: "Changes to this person" })).toContainText(
    "Split from",
  );
});

test("a privacy lead reads people but cannot change them; an analyst sees only data quality", async ({
  page,
}) => {
  await signIn(page, "privacy_lead");
  await openPerson(page, "Katrin", "Katrin Vogel");
  await expect(page.getByRole("table", { name: "Identifiers" })).toContainText("CRM-1002-4");
  for (const name of ["Edit", "Merge…", "Split…", "Add identifier"])
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  await page.goto("/people/review");
  await expect(page.getByRole("listitem", { name: /Vogel/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Find candidates" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Not the same person" })).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "analyst");
  await page.goto("/people");
  const tabs = page.getByRole("navigation", { name: "People and IDs sections" });
  await expect(tabs.getByRole("link")).toHaveText(["Data quality"]);
  await expect(page.getByRole("table", { name: "People" })).toHaveCount(0);
});

/** The display name of whoever holds this ID (the demo's engineer names are generated). */
async function nameOf(page: Page, id: string) {
  await page.goto(`/people?q=${encodeURIComponent(id)}`);
  const link = page.getByRole("table", { name: "People" }).getByRole("link").first();
  await expect(link).toBeVisible();
  return link.textContent();
}
