import { expect, signIn, test, uniqueName } from "../fixtures/app";

const basic = (key: string, secret: string) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

test("a connector credential sends ID mappings over HTTP, and the person and the batch show up", async ({
  page,
  request,
  baseURL,
}) => {
  await signIn(page, "admin");
  await page.goto("/lrs/credentials");

  // A credential for the CRM sync: ID mappings only, no xAPI.
  const name = uniqueName("E2E CRM sync");
  await page.getByRole("button", { name: "New credential" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("checkbox", { name: /Write statements/ }).uncheck();
  await dialog.getByRole("checkbox", { name: /Send ID mappings/ }).check();
  await dialog.getByRole("button", { name: "Create credential" }).click();
  const key = (await dialog.getByLabel("Key", { exact: true }).textContent()) ?? "";
  const secret = (await dialog.getByLabel("Secret", { exact: true }).textContent()) ?? "";
  await dialog.getByRole("button", { name: "I have copied the secret" }).click();
  const auth = basic(key, secret);

  const email = `${uniqueName("crm-contact").replace(/\s/g, "-").toLowerCase()}@example.org`;
  const personName = uniqueName("E2E Connector Person");
  const endpoint = `${baseURL}/api/connectors/identifiers`;
  const batch = (contactId: string) => ({
    system: "crm",
    rows: [
      {
        name: personName,
        identifiers: [
          { kind: "email", value: email },
          { kind: "contact_id", value: contactId },
        ],
      },
    ],
  });

  // A row naming no identifier is refused by row, nothing written.
  const refused = await request.post(endpoint, {
    headers: { Authorization: auth },
    data: { system: "crm", rows: [{ name: "No IDs", identifiers: [] }] },
  });
  expect(refused.status()).toBe(422);
  expect(await refused.json()).toMatchObject({ applied: false, problems: [{ line: 1 }] });

  const sent = await request.post(endpoint, {
    headers: { Authorization: auth },
    data: batch(`E2E-${Date.now()}`),
  });
  expect(sent.status()).toBe(200);
  expect(await sent.json()).toMatchObject({ applied: true, counts: { new: 1 } });

  // The scope is for ID mappings only: the xAPI endpoint refuses this credential.
  const xapi = await request.get(`${baseURL}/xapi/statements`, {
    headers: { Authorization: auth, "X-Experience-API-Version": "2.0.0" },
  });
  expect(xapi.status()).toBe(403);

  // The person is found by the e-mail, in another case; the batch is in the import history.
  await page.goto(`/people?q=${encodeURIComponent(email.toUpperCase())}`);
  await expect(page.getByRole("link", { name: personName })).toBeVisible();
  await page.goto("/people/import");
  await expect(
    page.getByRole("table", { name: "Past imports" }).getByRole("row").filter({ hasText: name }),
  ).toContainText("CRM");
});
