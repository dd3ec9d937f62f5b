import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signIn, test, uniqueName } from "../fixtures/app";

const basic = (key: string, secret: string) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

/** Posts statements to the LRS as a learning tool would: HTTP Basic and the version header. */
function postStatements(request: APIRequestContext, baseURL: string, auth: string, data: unknown) {
  return request.post(`${baseURL}/xapi/statements`, {
    headers: { Authorization: auth, "X-Experience-API-Version": "2.0.0" },
    data,
  });
}

async function openSection(page: Page, label: string) {
  await page
    .getByRole("navigation", { name: "LRS sections" })
    .getByRole("link", { name: label })
    .click();
}

test("an admin connects a tool, finds its statement, sees ingest and refusals, and revokes it", async ({
  page,
  request,
  baseURL,
}) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "LRS" }).first().click();
  await openSection(page, "Credentials");

  // Create the credential; a name that is too short is refused beside the field.
  const name = uniqueName("E2E quiz tool");
  await page.getByRole("button", { name: "New credential" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("x");
  await dialog.getByRole("button", { name: "Create credential" }).click();
  await expect(dialog.getByText("must be at least 2 characters")).toBeVisible();
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create credential" }).click();
  await expect(dialog.getByText("you will not see this secret again")).toBeVisible();
  const key = (await dialog.getByLabel("Key", { exact: true }).textContent()) ?? "";
  const secret = (await dialog.getByLabel("Secret", { exact: true }).textContent()) ?? "";
  expect(key).toMatch(/^xroi_/);
  expect(secret.length).toBeGreaterThan(30);
  await expect(dialog.getByLabel("Endpoint", { exact: true })).toHaveText(`${baseURL}/xapi`);
  await dialog.getByRole("button", { name: "I have copied the secret" }).click();
  await expect(dialog).toBeHidden();
  const credentialRow = page.getByRole("row").filter({ hasText: name });
  await expect(credentialRow).toContainText(key);
  await expect(credentialRow).toContainText("Active");

  // A tool posts a statement with it.
  const auth = basic(key, secret);
  const email = `${uniqueName("learner").replace(/\s/g, "-").toLowerCase()}@example.org`;
  const statement = {
    id: randomUUID(),
    actor: { objectType: "Agent", name: "E2E Learner", mbox: `mailto:${email}` },
    verb: { id: "http://adlnet.gov/expapi/verbs/passed", display: { "en-US": "passed" } },
    object: {
      id: "https://courses.example.org/e2e/incoterms",
      definition: { name: { "en-US": "Incoterms in practice" } },
    },
    result: { success: true, score: { scaled: 0.9, raw: 18, min: 0, max: 20 } },
  };
  const posted = await postStatements(request, baseURL!, auth, statement);
  expect(posted.status()).toBe(200);
  expect(await posted.json()).toEqual([statement.id]);

  // The statement browser finds it by the actor's email and shows it in full.
  await openSection(page, "Statements");
  await page.getByLabel("Actor").fill(email);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText(`1 statement by mbox:mailto:${email}`)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: `mbox:mailto:${email}` });
  await expect(row).toContainText("E2E Learner");
  await expect(row).toContainText("passed");
  await expect(row).toContainText("Incoterms in practice");
  await expect(row).toContainText("18 / 20 (90%)");
  await expect(row).toContainText(name);
  await row.getByRole("button", { name: `Open statement ${statement.id}` }).click();
  const json = page.getByRole("dialog").getByLabel("Statement JSON", { exact: true });
  await expect(json).toContainText(`"id": "${statement.id}"`);
  await expect(json).toContainText(`"mbox": "mailto:${email}"`);
  await expect(json).toContainText(`"name": "${name}"`); // the authority is the credential
  await page.keyboard.press("Escape");

  // Ingest counts it under the credential.
  await openSection(page, "Ingest");
  await expect(
    page
      .getByRole("table", { name: "Statements per credential" })
      .getByRole("row")
      .filter({ hasText: name }),
  ).toContainText("1");

  // A bad statement is refused and listed with its reason.
  const bad = await postStatements(request, baseURL!, auth, {
    actor: { mbox: email },
    verb: { id: "http://adlnet.gov/expapi/verbs/passed" },
    object: { id: "https://courses.example.org/e2e/incoterms" },
  });
  expect(bad.status()).toBe(400);
  await openSection(page, "Rejected requests");
  const refusal = page.getByRole("row").filter({ hasText: name });
  // The LRS records refusals after answering; refresh until it is there.
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(refusal).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(refusal).toContainText("POST /xapi/statements");
  await expect(refusal).toContainText("400");
  await expect(refusal).toContainText("actor.mbox: must be a mailto IRI");

  // Revoked, the credential is refused (the LRS trusts a verified key for up to 2 s). Posting the
  // same statement again stores nothing new while the key is still trusted.
  await openSection(page, "Credentials");
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke credential" }).click();
  await expect(page.getByRole("status")).toContainText(`Revoked “${name}”`);
  await expect(credentialRow).toContainText("Revoked");
  await expect
    .poll(async () => (await postStatements(request, baseURL!, auth, statement)).status())
    .toBe(401);
});

test("an analyst browses statements and ingest but not credentials or refusals", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await page.goto("/lrs");
  await expect(
    page.getByRole("heading", { name: "Learning Record Store", level: 1 }),
  ).toBeVisible();
  const sections = page.getByRole("navigation", { name: "LRS sections" });
  await expect(sections.getByRole("link")).toHaveText(["Statements", "Ingest"]);
  await expect(page.getByRole("table", { name: "Statements" })).toBeVisible();
  await expect(page.getByText(/statements?, newest first|No statements/)).toBeVisible();
  await page.goto("/lrs/credentials");
  await expect(page.getByText("Credentials are for admins.")).toBeVisible();
  await expect(page.getByRole("table", { name: "LRS credentials" })).toHaveCount(0);
  const api = await page.request.get("/api/trpc/lrs.credentials");
  expect(api.status()).toBe(403);
});

test("a viewer is refused the LRS area and its API", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(
    page
      .getByRole("navigation", { name: "Product areas", exact: true })
      .getByRole("link", { name: "LRS" }),
  ).toHaveCount(0);
  await page.goto("/lrs");
  await expect(page.getByText("Your role does not give access to this area.")).toBeVisible();
  const api = await page.request.get(
    `/api/trpc/lrs.statements?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
  );
  expect(api.status()).toBe(403);
});
