import { expect, signIn, test, uniqueName } from "../fixtures/app";

test("an admin adds a user, changes their role, and deactivates them", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin");
  await page.goto("/users");
  const email = `${uniqueName("e2e").replace(/\s/g, "-").toLowerCase()}@example.org`;
  const password = "a first password 1";

  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Erin Example");
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("First password").fill("short");
  await dialog.getByRole("button", { name: "Add user" }).click();
  await expect(dialog.getByText("must be at least 12 characters")).toBeVisible();
  await dialog.getByLabel("First password").fill(password);
  await dialog.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("status")).toHaveText(`Added ${email} as Viewer.`);

  await page.getByLabel(`Role of ${email}`).selectOption("analyst");
  await expect(page.getByRole("status")).toHaveText("Erin Example is now Analyst.");

  // The new user can sign in, in a separate browser context.
  const other = await browser.newContext();
  const theirs = await other.newPage();
  await theirs.goto("/sign-in");
  await theirs.getByLabel("Email").fill(email);
  await theirs.getByLabel("Password").fill(password);
  await theirs.getByRole("button", { name: "Sign in" }).click();
  await expect(theirs.getByText(`${email} · Analyst`)).toBeVisible();

  await page.getByRole("button", { name: `Deactivate ${email}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status")).toHaveText("Erin Example is deactivated and signed out.");

  // Their open session ends at the next request.
  await theirs.reload();
  await expect(theirs).toHaveURL(/\/sign-in/);
  await other.close();
});

test("a non-admin cannot open user administration", async ({ page }) => {
  await signIn(page, "privacy_lead");
  await page.goto("/users");
  await expect(page.getByText("Your role does not give access to this area.")).toBeVisible();
});
