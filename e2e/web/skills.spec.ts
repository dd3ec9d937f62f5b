import { expect, signIn, test, uniqueName } from "../fixtures/app";

test("an admin builds a framework's tree, searches it and deletes with confirmation", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Skills" }).first().click();
  await expect(page.getByRole("heading", { name: "Skills", level: 1 })).toBeVisible();

  // A framework with a four-level scale: the default five, less the last.
  const framework = uniqueName("Member services");
  await page.getByRole("button", { name: "New framework" }).click();
  const frameworkDialog = page.getByRole("dialog");
  await frameworkDialog.getByLabel("Name", { exact: true }).fill(framework);
  await frameworkDialog.getByRole("button", { name: "Remove level 5" }).click();
  await expect(frameworkDialog.getByLabel("Level 4 name")).toHaveValue("Advanced");
  await expect(frameworkDialog.getByLabel("Level 5 name")).toHaveCount(0);
  await frameworkDialog.getByRole("button", { name: "Create framework" }).click();
  await expect(frameworkDialog).toBeHidden();
  await expect(page.getByRole("status")).toHaveText(`Created framework “${framework}”.`);
  await expect(
    page.getByRole("combobox", { name: "Framework" }).locator("option:checked"),
  ).toHaveText(framework);
  await expect(page.getByText("0 skills · 0 groups · 4-level scale")).toBeVisible();

  // A group; a one-character name is refused beside the field.
  const group = uniqueName("Export pricing");
  await page.getByRole("button", { name: "New group" }).click();
  const groupDialog = page.getByRole("dialog");
  await groupDialog.getByLabel("Name", { exact: true }).fill("x");
  await groupDialog.getByRole("button", { name: "Create group" }).click();
  await expect(groupDialog.getByText("must be at least 2 characters")).toBeVisible();
  await expect(groupDialog.getByLabel("Name", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await groupDialog.getByLabel("Name", { exact: true }).fill(group);
  await groupDialog.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created “${group}”.`);
  const tree = page.getByRole("tree", { name: `Skills in ${framework}` });
  const groupItem = tree.getByRole("treeitem", { name: group });
  await expect(groupItem).toHaveAttribute("aria-selected", "true");

  // A skill inside the group, with a behaviour at level 3 of the framework's scale.
  const skill = uniqueName("Quote Incoterms");
  const detail = page.getByRole("complementary", { name: "Selected item" });
  await detail.getByRole("button", { name: "Add skill here" }).click();
  const skillDialog = page.getByRole("dialog");
  await expect(skillDialog.getByText(group, { exact: true })).toBeVisible();
  await skillDialog.getByLabel("Name", { exact: true }).fill(skill);
  await skillDialog.getByLabel("Alternative labels").fill("Incoterms quoting\nTrade terms");
  await skillDialog.getByRole("button", { name: "Add behaviour" }).click();
  const level = skillDialog.getByLabel("Behaviour 1 level");
  await expect(level.locator("option")).toHaveText([
    "1 · Awareness",
    "2 · Working",
    "3 · Practitioner",
    "4 · Advanced",
  ]);
  await level.selectOption({ label: "3 · Practitioner" });
  await skillDialog.getByLabel("Behaviour 1 text").fill("y");
  await skillDialog.getByRole("button", { name: "Create skill" }).click();
  await expect(skillDialog.getByText("Behaviour 1: must be at least 2 characters")).toBeVisible();
  await skillDialog
    .getByLabel("Behaviour 1 text")
    .fill("Explains to a member which Incoterm fits their shipment");
  await skillDialog.getByRole("button", { name: "Create skill" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created “${skill}”.`);
  await expect(groupItem).toHaveAttribute("aria-expanded", "true");
  await expect(groupItem.getByRole("treeitem", { name: skill })).toBeVisible();
  await expect(detail.getByRole("heading", { name: skill })).toBeVisible();
  await expect(detail.getByText("Level 3 · Practitioner")).toBeVisible();
  await expect(detail.getByText("Trade terms")).toBeVisible();

  // The tree answers the arrow keys: Left closes the group, Right opens it again.
  await groupItem.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(groupItem).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("ArrowRight");
  await expect(groupItem).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  await expect(tree.getByRole("treeitem", { name: skill })).toBeFocused();

  // Search finds the skill by an alternative label, with its path.
  await page.getByRole("searchbox", { name: "Search skills" }).fill("Trade terms");
  const results = page.getByRole("list", { name: "Search results" });
  await expect(page.getByText("1 match for “Trade terms”")).toBeVisible();
  await expect(results.getByRole("button", { name: new RegExp(skill) })).toContainText(group);
  await results.getByRole("button", { name: new RegExp(skill) }).click();

  await detail.getByRole("button", { name: "History" }).click();
  const history = page.getByRole("dialog", { name: `History of “${skill}”` });
  await expect(history.getByRole("list", { name: "Changes" }).getByText("Created")).toBeVisible();
  await history.press("Escape");

  // A group with something in it cannot go; the skill can, after a confirmation.
  await page.getByRole("searchbox", { name: "Search skills" }).fill("");
  await tree.getByText(group, { exact: true }).click();
  await detail.getByRole("button", { name: "Delete" }).click();
  const blocked = page.getByRole("alertdialog");
  await expect(blocked).toContainText("This group holds 1 item. Move or delete them first.");
  await expect(blocked.getByRole("button", { name: "Delete group" })).toBeDisabled();
  await blocked.getByRole("button", { name: "Cancel" }).click();

  await groupItem.getByRole("treeitem", { name: skill }).click();
  await detail.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete “${skill}”?`);
  await expect(confirm).toContainText("Nothing links to this skill.");
  await confirm.getByRole("button", { name: "Delete skill" }).click();
  await expect(page.getByRole("status")).toHaveText(`Deleted “${skill}”.`);
  await expect(groupItem.getByText("Nothing in this group yet.")).toBeVisible();
  await page.getByRole("searchbox", { name: "Search skills" }).fill(skill);
  await expect(page.getByText(`0 matches for “${skill}”`)).toBeVisible();
});

test("an admin imports a generic CSV: problems by line first, then a preview, then the tree", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/skills");
  const framework = uniqueName("Imported trade skills");
  await page.getByRole("button", { name: "New framework" }).click();
  await page.getByRole("dialog").getByLabel("Name", { exact: true }).fill(framework);
  await page.getByRole("dialog").getByRole("button", { name: "Create framework" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created framework “${framework}”.`);

  const csv = (rows: string[]) => ({
    name: "trade-skills.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(["uri,name,parent_uri,kind", ...rows].join("\n") + "\n"),
  });
  await page.getByRole("button", { name: "Import…" }).click();
  const wizard = page.getByRole("dialog", { name: `Import into “${framework}”` });
  await wizard.getByRole("radio", { name: /Generic CSV/ }).check();
  await wizard.getByLabel("Version label").fill("2026-03");
  await wizard
    .getByLabel("CSV file")
    .setInputFiles(csv(["urn:t:trade,Trade,,group", "urn:t:inco,Incoterms,urn:t:nowhere,skill"]));
  await wizard.getByRole("button", { name: "Check files" }).click();
  const problems = wizard.getByRole("table", { name: "Problems in the files" });
  await expect(problems.getByRole("row", { name: /trade-skills\.csv 3/ })).toBeVisible();
  await expect(wizard.getByRole("button", { name: /Import|Nothing to import/ })).toBeDisabled();

  await wizard.getByRole("button", { name: "Back" }).click();
  await wizard
    .getByLabel("CSV file")
    .setInputFiles(
      csv([
        "urn:t:trade,Trade,,group",
        "urn:t:inco,Incoterms,urn:t:trade,skill",
        "urn:t:hs,HS classification,urn:t:trade,skill",
      ]),
    );
  await wizard.getByRole("button", { name: "Check files" }).click();
  const counts = wizard.getByRole("definition");
  await expect(counts.first()).toHaveText("3");
  await wizard.getByRole("button", { name: "Import 3 changes" }).click();
  await expect(wizard.getByRole("status")).toContainText("Imported 3 new");
  await wizard.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("status")).toContainText(`Imported ${framework} 2026-03: 3 added`);
  const tree = page.getByRole("tree", { name: `Skills in ${framework}` });
  await tree.getByText("Trade", { exact: true }).click();
  await expect(tree.getByRole("treeitem", { name: "HS classification" })).toBeVisible();
});

test("a viewer reads the skill map but cannot change it", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/skills");
  await expect(page.getByRole("heading", { name: "Skills", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "New framework" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New skill" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import…" })).toHaveCount(0);
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
