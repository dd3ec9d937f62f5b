import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, mutate, signIn, test, uniqueName } from "../fixtures/app";

const UNMAPPED = "Statements from unmapped actors";

async function openQualityPage(page: Page) {
  await page
    .getByRole("navigation", { name: "Product areas" })
    .getByRole("link", { name: "People and IDs" })
    .click();
  await expect(page.getByRole("heading", { name: "People and IDs", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Data quality", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Data quality", level: 1 })).toBeVisible();
}

/** Saves the unmapped-actors threshold and waits for the card to show the state it leads to. */
async function setThreshold(
  page: Page,
  value: string,
  badge: "Within threshold" | "Above threshold",
) {
  const card = page.getByRole("region", { name: UNMAPPED });
  await card.getByLabel("Alert above").fill(value);
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card.getByText(badge, { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: "Save" })).toBeEnabled();
}

async function goHome(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  return page.getByRole("region", { name: "Data quality" });
}

test("an admin runs the checks, sees counts and a trend, and a threshold turns the home alert on and off", async ({
  page,
  request,
  baseURL,
}) => {
  await signIn(page, "admin");
  // A learning tool sends a statement from someone no person record knows.
  const {
    id: credentialId,
    key,
    secret,
  } = await mutate<{ id: string; key: string; secret: string }>(page, "lrs.createCredential", {
    name: uniqueName("E2E quality tool"),
    scopes: ["statements/write"],
  });
  const email = `${uniqueName("stranger").replace(/\s/g, "-").toLowerCase()}@example.org`;
  const posted = await request.post(`${baseURL}/xapi/statements`, {
    headers: {
      Authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`,
      "X-Experience-API-Version": "2.0.0",
    },
    data: {
      id: randomUUID(),
      actor: { mbox: `mailto:${email}` },
      verb: { id: "http://adlnet.gov/expapi/verbs/attended", display: { "en-US": "attended" } },
      object: { id: "https://webinars.example.org/e2e/quality" },
    },
  });
  expect(posted.status()).toBe(200);

  await openQualityPage(page);
  await page.getByRole("button", { name: "Run now" }).click();
  await expect(page.getByText(/^The checks ran in/)).toBeVisible();
  await expect(page.getByText(/^Last run just now \(run from this page\)/)).toBeVisible();

  const card = page.getByRole("region", { name: UNMAPPED });
  await expect(card.getByText(/^[1-9][\d,]* statements$/)).toBeVisible();
  await expect(card.getByText(/^from [1-9][\d,]* actors?$/)).toBeVisible();
  await expect(
    card.getByRole("figure", { name: /^Trend of statements from unmapped actors/ }),
  ).toBeVisible();
  await expect(card.getByRole("figure").getByText(/^(1 run so far|Last \d+ runs):/)).toBeVisible();
  await expect(card.getByRole("listitem").first()).toContainText("statement");
  for (const label of [
    "People without a CRM ID",
    "Possible duplicate people",
    "IDs claimed by two people",
    "Scores out of range",
    "Implausible timestamps",
  ])
    await expect(
      page
        .getByRole("region", { name: label })
        .getByText(/^[\d,]+ \w+/)
        .first(),
    ).toBeVisible();
  // The default threshold, which the test leaves as it found it.
  await expect(card.getByLabel("Alert above")).toHaveValue("0");

  // Above the count: no alert for this check on the home dashboard.
  await setThreshold(page, "1000000000", "Within threshold");
  let home = await goHome(page);
  await expect(home).toBeVisible();
  await expect(home.getByRole("link", { name: UNMAPPED })).toHaveCount(0);

  // At 0 the check alerts; the alert links to the page.
  await openQualityPage(page);
  await setThreshold(page, "0", "Above threshold");
  home = await goHome(page);
  await expect(home.getByRole("link", { name: UNMAPPED })).toBeVisible();
  await expect(home).toContainText(
    /Statements from unmapped actors: [\d,]+ statements, above the threshold of 0\./,
  );
  await home.getByRole("link", { name: UNMAPPED }).click();
  await expect(page.getByRole("heading", { name: "Data quality", level: 1 })).toBeVisible();

  await mutate(page, "lrs.revokeCredential", { id: credentialId });
});

test("an analyst sees the checks without names or IDs and cannot run them; a viewer is kept out", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await expect(page.getByRole("region", { name: "Data quality" })).toBeVisible();
  await openQualityPage(page);
  await expect(
    page.getByText("Names and IDs in the examples are shown to admins and privacy leads only."),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: UNMAPPED })).toBeVisible();
  await expect(page.getByRole("button", { name: "Run now" })).toHaveCount(0);
  await expect(page.getByLabel("Alert above")).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "viewer");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Data quality" })).toHaveCount(0);
  await page.goto("/people/quality");
  await expect(
    page.getByText("The data-quality checks are for analysts, privacy leads and admins.", {
      exact: false,
    }),
  ).toBeVisible();
});
