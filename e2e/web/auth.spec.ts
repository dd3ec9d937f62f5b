import { DEMO_USERS } from "../fixtures/demo-users";
import { expect, signIn, test } from "../fixtures/app";

test("a wrong password shows one generic message and does not sign in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_USERS.viewer.email);
  await page.getByLabel("Password").fill("definitely not it");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "That email and password do not match an active account." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an empty form shows inline errors on its fields", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("must be an email address like name@example.org")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("signed-out visitors are sent to sign-in and come back after it", async ({ page }) => {
  await page.goto("/skills");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fskills/);
  await page.getByLabel("Email").fill(DEMO_USERS.admin.email);
  await page.getByLabel("Password").fill(DEMO_USERS.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Skills", level: 1 })).toBeVisible();
});

for (const next of [
  "/%5Cevil.example",
  "/%09/evil.example",
  "//evil.example",
  "https://evil.example",
]) {
  test(`?next=${next} does not leave the site after sign-in`, async ({ page, baseURL }) => {
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel("Email").fill(DEMO_USERS.viewer.email);
    await page.getByLabel("Password").fill(DEMO_USERS.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByRole("navigation", { name: "Product areas", exact: true }),
    ).toBeVisible();
    await expect(page).toHaveURL(`${baseURL}/`);
  });
}

test("sign out ends the session", async ({ page }) => {
  await signIn(page, "analyst");
  await expect(page.getByText(`${DEMO_USERS.analyst.email} · Analyst`)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/skills");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an unauthenticated call to a protected procedure is refused", async ({ request }) => {
  const res = await request.get(
    "/api/trpc/skills.list?input=" + encodeURIComponent(JSON.stringify({ json: {} })),
  );
  expect(res.status()).toBe(401);
  expect((await res.json()).error.json.message).toBe("Sign in to continue.");
  const forged = await request.post("/api/trpc/skills.create", {
    headers: { origin: "https://evil.example", "content-type": "application/json" },
    data: { json: { name: "Forged" } },
  });
  expect(forged.status()).toBe(403);
});
