import type { Page } from "@playwright/test";
import { expect, signIn, test, uniqueName } from "../fixtures/app";

/**
 * Calls tRPC mutations over HTTP as the signed-in page (its cookies, its origin), batched the way
 * the app's own client batches them. For setting up data that would take minutes by hand.
 */
async function mutate<T>(page: Page, path: string, inputs: readonly unknown[]): Promise<T[]> {
  const body = Object.fromEntries(inputs.map((input, i) => [i, { json: input }]));
  const res = await page.request.post(`/api/trpc/${inputs.map(() => path).join(",")}?batch=1`, {
    headers: { "content-type": "application/json", origin: new URL(page.url()).origin },
    data: body,
  });
  expect(res.ok(), await res.text()).toBe(true);
  const results = (await res.json()) as { result: { data: { json: T } } }[];
  return results.map((r) => r.result.data.json);
}

test("an admin creates a skill, is told what is wrong, edits it, deletes it and signs out", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/skills");
  const framework = uniqueName("Crud framework");
  await page.getByRole("button", { name: "New framework" }).click();
  await page.getByRole("dialog").getByLabel("Name", { exact: true }).fill(framework);
  await page.getByRole("dialog").getByRole("button", { name: "Create framework" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created framework “${framework}”.`);
  const tree = page.getByRole("tree", { name: `Skills in ${framework}` });
  const detail = page.getByRole("complementary", { name: "Selected item" });

  // Create: a one-letter name is refused beside the field, then a proper one is saved.
  const first = uniqueName("Negotiate renewals");
  await page.getByRole("button", { name: "New skill" }).click();
  const create = page.getByRole("dialog", { name: `New skill in ${framework}` });
  await create.getByLabel("Name", { exact: true }).fill("x");
  await create.getByRole("button", { name: "Create skill" }).click();
  await expect(create.getByText("must be at least 2 characters")).toBeVisible();
  await expect(create.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await create.getByLabel("Name", { exact: true }).fill(first);
  await create.getByRole("button", { name: "Create skill" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created “${first}”.`);
  await expect(tree.getByRole("treeitem", { name: first })).toBeVisible();

  const second = uniqueName("Price a quote");
  await tree.getByRole("treeitem", { name: first }).click();
  await page.getByRole("button", { name: "New skill" }).click();
  await page.getByRole("dialog").getByLabel("Name", { exact: true }).fill(second);
  await page.getByRole("dialog").getByRole("button", { name: "Create skill" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created “${second}”.`);

  // Edit: the server refuses a name its sibling has, beside the field; a new name and
  // description are saved and shown in the tree and the detail.
  await tree.getByRole("treeitem", { name: second }).click();
  await expect(detail.getByRole("heading", { name: second })).toBeVisible();
  await detail.getByRole("button", { name: "Edit" }).click();
  const edit = page.getByRole("dialog", { name: `Edit “${second}”` });
  await expect(edit.getByLabel("Name", { exact: true })).toHaveValue(second);
  await edit.getByLabel("Name", { exact: true }).fill(first.toUpperCase());
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(
    edit.getByText(`a skill named "${first.toUpperCase()}" is already in this group`),
  ).toBeVisible();
  await expect(edit.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");

  const renamed = uniqueName("Quote with margin");
  await edit.getByLabel("Name", { exact: true }).fill(renamed);
  await edit
    .getByLabel("Description")
    .fill("Prices a member's quote so the margin survives the discount.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("status")).toHaveText(`Saved “${renamed}”.`);
  await expect(detail.getByRole("heading", { name: renamed })).toBeVisible();
  await expect(detail.getByText("so the margin survives the discount")).toBeVisible();
  await expect(tree.getByRole("treeitem", { name: renamed })).toBeVisible();
  await expect(tree.getByRole("treeitem", { name: second })).toHaveCount(0);

  await detail.getByRole("button", { name: "History" }).click();
  const history = page.getByRole("dialog", { name: `History of “${renamed}”` });
  const changes = history.getByRole("list", { name: "Changes" });
  await expect(changes.getByText("Created", { exact: true })).toBeVisible();
  await expect(changes).toContainText(second);
  await history.press("Escape");

  // Delete, after the confirmation says what goes.
  await detail.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete “${renamed}”?`);
  await confirm.getByRole("button", { name: "Delete skill" }).click();
  await expect(page.getByRole("status")).toHaveText(`Deleted “${renamed}”.`);
  await expect(tree.getByRole("treeitem", { name: renamed })).toHaveCount(0);
  await expect(tree.getByRole("treeitem")).toHaveCount(1);

  // Sign out: back to sign-in, and the skill map is closed again.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/skills");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fskills/);
});

test("a framework with more skills than a page: the tree shows more, search pages through", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/skills");
  const framework = uniqueName("Paged framework");
  const [created] = await mutate<{ id: string }>(page, "skills.createFramework", [
    { name: framework, levels: [{ level: 1, name: "Aware" }] },
  ]);
  const frameworkId = created!.id;
  const names = Array.from(
    { length: 105 },
    (_, i) => `Paged skill ${String(i + 1).padStart(3, "0")}`,
  );
  for (let i = 0; i < names.length; i += 35)
    await mutate(
      page,
      "skills.create",
      names.slice(i, i + 35).map((name) => ({ frameworkId, name })),
    );

  await page.reload();
  await page.getByRole("combobox", { name: "Framework" }).selectOption({ label: framework });
  await expect(page.getByText("105 skills · 0 groups · 1-level scale")).toBeVisible();

  // The tree loads 100 at a time; the rest come with "Show more".
  const tree = page.getByRole("tree", { name: `Skills in ${framework}` });
  await expect(tree.getByRole("treeitem", { name: "Paged skill 100" })).toBeVisible();
  await expect(tree.getByRole("treeitem", { name: "Paged skill 101" })).toHaveCount(0);
  const more = tree.getByRole("treeitem", { name: "Show 5 more (5 not shown)" });
  await more.click();
  await expect(tree.getByRole("treeitem", { name: "Paged skill 105" })).toBeVisible();
  await expect(more).toHaveCount(0);
  await expect(tree.getByRole("treeitem")).toHaveCount(105);

  // Search: 50 matches a page, Previous and Next, the last page partly full.
  const search = page.getByRole("searchbox", { name: "Search skills" });
  await search.fill("paged SKILL");
  await expect(page.getByText("105 matches for “paged SKILL”")).toBeVisible();
  const results = page.getByRole("list", { name: "Search results" });
  const pager = page.getByRole("navigation", { name: "Result pages" });
  await expect(pager).toContainText("Page 1 of 3");
  await expect(pager.getByRole("button", { name: "Previous" })).toBeDisabled();
  await expect(results.getByRole("button")).toHaveCount(50);
  await expect(results.getByRole("button").first()).toContainText("Paged skill 001");

  await pager.getByRole("button", { name: "Next" }).click();
  await expect(pager).toContainText("Page 2 of 3");
  await expect(results.getByRole("button").first()).toContainText("Paged skill 051");
  await expect(results.getByRole("button").last()).toContainText("Paged skill 100");

  await pager.getByRole("button", { name: "Next" }).click();
  await expect(pager).toContainText("Page 3 of 3");
  await expect(results.getByRole("button")).toHaveCount(5);
  await expect(pager.getByRole("button", { name: "Next" })).toBeDisabled();
  await pager.getByRole("button", { name: "Previous" }).click();
  await expect(pager).toContainText("Page 2 of 3");

  // A narrower search starts again at its first page, and one page needs no pager.
  await search.fill("Paged skill 10");
  await expect(page.getByText("6 matches for “Paged skill 10”")).toBeVisible();
  await expect(results.getByRole("button")).toHaveCount(6);
  await expect(pager).toHaveCount(0);
  await results.getByRole("button", { name: /Paged skill 104/ }).click();
  await expect(
    page.getByRole("complementary", { name: "Selected item" }).getByRole("heading", {
      name: "Paged skill 104",
    }),
  ).toBeVisible();
});
