import type { Page } from "@playwright/test";
import { expect, mutate, signIn, test, uniqueName } from "../fixtures/app";

async function withoutGoal(page: Page): Promise<number> {
  await page.getByRole("link", { name: "Coverage" }).click();
  const card = page.getByRole("region", { name: "Assets without a goal" });
  const text = await card.getByText(/ of \d+ assets?$/).textContent();
  return Number(/^(\d+)/.exec(text ?? "")?.[1]);
}

test("an admin tags three new assets with a goal and a skill, and coverage follows", async ({
  page,
}) => {
  await signIn(page, "admin");
  // The skill to tag with, made through the API: the skills spec covers its screens.
  const { id: frameworkId } = await mutate<{ id: string }>(page, "skills.createFramework", {
    name: uniqueName("Trade compliance"),
    levels: [
      { level: 1, name: "Aware" },
      { level: 2, name: "Able" },
      { level: 3, name: "Fluent" },
    ],
  });
  const skill = uniqueName("Classify goods by HS code");
  await mutate(page, "skills.create", { frameworkId, name: skill });

  await page.getByRole("link", { name: "Taxonomy" }).first().click();
  await expect(page.getByRole("heading", { name: "Taxonomy", level: 1 })).toBeVisible();

  // A business goal to tag with.
  const goal = uniqueName("Fewer customs delays");
  await page.getByRole("link", { name: "Vocabularies" }).click();
  await expect(page.getByRole("tab", { name: /Business goals/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.getByRole("button", { name: "New tag" }).click();
  await page.getByRole("dialog").getByLabel("Label").fill(goal);
  await page.getByRole("dialog").getByRole("button", { name: "Create tag" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created “${goal}”.`);
  await expect(page.getByRole("row", { name: new RegExp(goal) })).toContainText("0");

  // A role that needs the skill: coverage lists it as not taught yet.
  const role = uniqueName("Customs broker");
  await page.getByRole("link", { name: "Role matrix" }).click();
  await page.getByRole("button", { name: "New role" }).click();
  await page.getByRole("dialog").getByLabel("Name", { exact: true }).fill(role);
  await page.getByRole("dialog").getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created role “${role}”.`);
  await page.getByRole("button", { name: "Add required skill" }).click();
  const require = page.getByRole("dialog");
  await require.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await require.getByRole("combobox", { name: "Skill" }).fill(skill);
  await require.getByRole("option", { name: new RegExp(skill) }).click();
  await require.getByLabel("Target level").selectOption({ label: "3 · Fluent" });
  await require.getByRole("button", { name: "Add requirement" }).click();
  await expect(page.getByRole("status")).toHaveText(`“${role}” now requires “${skill}”.`);
  await expect(
    page.getByRole("button", { name: `${role}, ${skill}: level 3 Fluent, essential` }),
  ).toBeVisible();

  const before = await withoutGoal(page);
  await expect(
    page.getByRole("region", { name: "Skills roles require that no asset teaches" }),
  ).toContainText(skill);

  // Three assets; a bad activity id is refused on its line first.
  const batch = uniqueName("Customs module");
  await page.getByRole("link", { name: "Learning assets" }).click();
  for (const [i, letter] of ["A", "B", "C"].entries()) {
    await page.getByRole("button", { name: "New asset" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Title").fill(`${batch} ${letter}`);
    await dialog.getByLabel("Duration (minutes)").fill("30");
    await dialog.getByLabel("Regions").fill("EU, UK");
    if (i === 0) {
      await dialog.getByLabel("xAPI activity ids").fill("not an iri");
      await dialog.getByRole("button", { name: "Create asset" }).click();
      await expect(dialog.getByText("line 1: must be an absolute IRI")).toBeVisible();
    }
    await dialog
      .getByLabel("xAPI activity ids")
      .fill(`https://lms.example.com/${encodeURIComponent(batch)}/${letter}`);
    await dialog.getByRole("button", { name: "Create asset" }).click();
    await expect(page.getByRole("status")).toHaveText(`Created “${batch} ${letter}”.`);
  }

  expect(await withoutGoal(page)).toBe(before + 3);

  // Select all three (search narrows to them) and tag them at once.
  await page.getByRole("link", { name: "Learning assets" }).click();
  await page.getByRole("searchbox", { name: "Search assets" }).fill(batch);
  await page.getByRole("radio", { name: "Missing a goal" }).check();
  const table = page.getByRole("table", { name: "Learning assets" });
  await expect(page.getByText("3 assets match")).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(4);
  await table.getByRole("checkbox", { name: "Select all on this page" }).check();
  const bulk = page.getByRole("region", { name: "Bulk actions" });
  await expect(bulk).toContainText("3 selected");
  await bulk.getByRole("button", { name: "Tag selected" }).click();
  const tagDialog = page.getByRole("dialog", { name: "Tag 3 selected assets" });
  await tagDialog.getByLabel("Add a tag").selectOption({ label: goal });
  await expect(tagDialog.getByRole("button", { name: `Don't add ${goal}` })).toBeVisible();
  await tagDialog.getByRole("combobox", { name: "Add a skill" }).fill(skill);
  await tagDialog.getByRole("option", { name: new RegExp(skill) }).click();
  await tagDialog.getByLabel(`Target level for ${skill}`).selectOption({ label: "2 · Able" });
  await tagDialog.getByRole("button", { name: "Apply to 3 assets" }).click();
  await expect(page.getByRole("status")).toHaveText("Tagged 3 assets.");
  // They no longer miss a goal, so the filtered list is empty; without the filter they show both.
  await expect(page.getByText("No assets match these filters.")).toBeVisible();
  await page.getByRole("radio", { name: "All assets" }).check();
  await expect(table.getByRole("row", { name: new RegExp(`${batch} B`) })).toContainText(goal);
  await expect(table.getByRole("row", { name: new RegExp(`${batch} B`) })).toContainText(
    `${skill} · 2`,
  );

  expect(await withoutGoal(page)).toBe(before);
  await expect(
    page.getByRole("region", { name: "Skills roles require that no asset teaches" }),
  ).not.toContainText(skill);

  // Removing one asset asks first.
  await page.getByRole("link", { name: "Learning assets" }).click();
  await page.getByRole("searchbox", { name: "Search assets" }).fill(batch);
  await expect(page.getByText("3 assets match")).toBeVisible();
  await page.getByRole("button", { name: `Delete ${batch} C` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete asset" }).click();
  await expect(page.getByRole("status")).toHaveText(`Deleted “${batch} C”.`);
  await expect(page.getByText("2 assets match")).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
});

test("a viewer sees the taxonomy without editing controls", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/taxonomy");
  await expect(page.getByRole("heading", { name: "Taxonomy", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "New asset" })).toHaveCount(0);
  await page.getByRole("link", { name: "Coverage" }).click();
  // The demo statements include a retired course no asset claims.
  const unmapped = page.getByRole("region", { name: "Statements with an unmapped activity" });
  await expect(unmapped).toContainText(/\d+ statements? about \d+ activit(y|ies) no asset claims/);
  await expect(unmapped).toContainText(
    "https://demo.xroi.local/xapi/activities/chamber/course/legacy-customs-basics",
  );
});
