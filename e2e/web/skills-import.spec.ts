import type { Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, mutate, query, signIn, test, uniqueName } from "../fixtures/app";

// ESCO-shaped files made here: the columns and quoting of ESCO v1.x's skills_en.csv,
// skillGroups_en.csv and broaderRelationsSkillPillar_en.csv, with a skill under a broader skill.
type TRow = { uri: string; name: string; labels?: string[]; broader?: string };
const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csv = (rows: string[][]) => rows.map((r) => r.map(cell).join(",")).join("\n") + "\n";

function escoFiles(tag: string, groups: TRow[], skills: TRow[]) {
  const file = (name: string, rows: string[][]) => ({
    name: `${name}_en.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(csv(rows)),
  });
  const uri = (r: TRow) => `http://data.europa.eu/esco/skill/${tag}-${r.uri}`;
  const type = (r: TRow) => (groups.includes(r) ? "SkillGroup" : "KnowledgeSkillCompetence");
  const all = [...groups, ...skills];
  return {
    skills: file("skills", [
      [
        "conceptType",
        "conceptUri",
        "skillType",
        "reuseLevel",
        "preferredLabel",
        "altLabels",
        "description",
      ],
      ...skills.map((r) => [
        type(r),
        uri(r),
        "skill/competence",
        "sector-specific",
        r.name,
        (r.labels ?? []).join("\n"),
        `About ${r.name}.`,
      ]),
    ]),
    groups: file("skillGroups", [
      ["conceptType", "conceptUri", "preferredLabel", "altLabels", "description"],
      ...groups.map((r) => [type(r), uri(r), r.name, "", ""]),
    ]),
    broader: file("broaderRelationsSkillPillar", [
      ["conceptType", "conceptUri", "conceptLabel", "broaderType", "broaderUri", "broaderLabel"],
      ...all
        .filter((r) => r.broader)
        .map((r) => {
          const parent = all.find((p) => p.uri === r.broader)!;
          return [type(r), uri(r), r.name, type(parent), uri(parent), parent.name];
        }),
    ]),
  };
}

async function importRelease(
  page: Page,
  framework: string,
  version: string,
  files: ReturnType<typeof escoFiles>,
) {
  await page.getByRole("button", { name: "Import…" }).click();
  const wizard = page.getByRole("dialog", { name: `Import into “${framework}”` });
  await wizard.getByLabel("Version label").fill(version);
  await wizard.getByLabel("Skills file", { exact: true }).setInputFiles(files.skills);
  await wizard.getByLabel("Skill groups file", { exact: true }).setInputFiles(files.groups);
  await wizard.getByLabel("Broader relations file", { exact: true }).setInputFiles(files.broader);
  await wizard.getByRole("button", { name: "Check files" }).click();
  return wizard;
}

/** The four counts of the preview: added, changed, retired, unchanged. */
const counts = (wizard: Locator) => wizard.getByRole("definition");

async function coverageCount(page: Page, region: string): Promise<number> {
  await page.goto("/taxonomy");
  await page.getByRole("link", { name: "Coverage" }).click();
  const text = await page.getByRole("region", { name: region }).locator("strong").textContent();
  return Number(text);
}

test("an admin imports an ESCO release and the next one, tags three assets with an imported skill, then takes it off again", async ({
  page,
}) => {
  await signIn(page, "admin");
  const framework = uniqueName("ESCO sample");
  const tag = Date.now().toString(36);
  const { id: frameworkId } = await mutate<{ id: string }>(page, "skills.createFramework", {
    name: framework,
    levels: [1, 2, 3].map((level) => ({ level, name: `Level ${level}` })),
  });
  const groups: TRow[] = [
    { uri: "g1", name: "Trade compliance" },
    { uri: "g2", name: "Customs procedures", broader: "g1" },
  ];
  const origin = `Apply rules of origin ${tag}`;
  const skills: TRow[] = [
    { uri: "s1", name: origin, labels: ["Origin rules", "Preferential origin"], broader: "g2" },
    { uri: "s2", name: "Classify goods", broader: "g2" },
    { uri: "s3", name: "Classify chemicals", broader: "s2" }, // a narrower skill, as ESCO has
    { uri: "s4", name: "Screen sanctions lists", broader: "g1" },
  ];

  // Release 1: every concept is new; the narrower skill is noted and kept under its broader one.
  await page.goto("/skills");
  await page.getByRole("combobox", { name: "Framework" }).selectOption({ label: framework });
  let wizard = await importRelease(page, framework, "v1", escoFiles(tag, groups, skills));
  await expect(counts(wizard)).toHaveText(["6", "0", "0", "0"]);
  await expect(wizard.getByRole("list", { name: "Notes" })).toContainText(
    "skills whose parent is a broader skill rather than a group: 1",
  );
  await expect(
    wizard
      .getByRole("table", { name: "Examples" })
      .getByRole("row", { name: /Classify chemicals/ }),
  ).toContainText("Classify goods");
  await wizard.getByRole("button", { name: "Import 6 changes" }).click();
  await expect(wizard.getByRole("status")).toContainText("Imported 6 new");
  await wizard.getByRole("button", { name: "Done" }).click();
  const tree = page.getByRole("tree", { name: `Skills in ${framework}` });
  await tree.getByRole("treeitem", { name: "Trade compliance" }).click();
  await tree.getByRole("treeitem", { name: "Customs procedures" }).click();
  const broader = tree.getByRole("treeitem", { name: "Classify goods" });
  await broader.click();
  await expect(broader).toHaveAttribute("aria-expanded", "true");
  await expect(broader.getByRole("treeitem", { name: "Classify chemicals" })).toBeVisible();

  // Release 2: one skill renamed, one dropped. The preview says which, before anything changes.
  const next = skills
    .filter((s) => s.uri !== "s4")
    .map((s) => (s.uri === "s2" ? { ...s, name: "Classify goods (HS)" } : s));
  wizard = await importRelease(page, framework, "v2", escoFiles(tag, groups, next));
  await expect(counts(wizard)).toHaveText(["0", "1", "1", "4"]);
  const examples = wizard.getByRole("table", { name: "Examples" });
  await expect(examples.getByRole("row", { name: /changed/ })).toContainText(
    "name: “Classify goods” → “Classify goods (HS)”",
  );
  await expect(examples.getByRole("row", { name: /retired/ })).toContainText(
    "Screen sanctions lists",
  );
  await wizard.getByRole("button", { name: "Import 2 changes" }).click();
  await expect(wizard.getByRole("status")).toContainText("0 new, 1 changed and 1 retired");
  await wizard.getByRole("button", { name: "Done" }).click();
  await page.getByRole("button", { name: "Releases" }).click();
  await expect(page.getByRole("table", { name: "Releases" }).getByRole("row")).toHaveCount(3);
  await page.keyboard.press("Escape");

  // A role needs the imported skill, and three new assets teach nothing yet.
  const found = await query<{ items: Array<{ id: string }> }>(page, "skills.list", {
    frameworkId,
    search: origin,
  });
  const skillId = found.items[0]!.id;
  const { id: roleId } = await mutate<{ id: string }>(page, "taxonomy.createRole", {
    name: uniqueName("Customs brokers"),
  });
  await mutate(page, "taxonomy.setRoleSkill", { roleId, skillId, targetLevel: 2 });
  const batch = uniqueName("Origin module");
  for (const letter of ["A", "B", "C"]) {
    await mutate(page, "taxonomy.createAsset", { title: `${batch} ${letter}`, kind: "course" });
  }
  const untagged = await coverageCount(page, "Assets without a skill");
  const notTaught = page.getByRole("region", {
    name: "Skills roles require that no asset teaches",
  });
  await expect(notTaught).toContainText(origin);

  // Bulk-tag the three with the imported skill, found by its alternative label.
  const select = async () => {
    await page.getByRole("link", { name: "Learning assets" }).click();
    await page.getByRole("searchbox", { name: "Search assets" }).fill(batch);
    const table = page.getByRole("table", { name: "Learning assets" });
    await expect(page.getByText("3 assets match", { exact: true })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(4);
    await page
      .getByRole("table", { name: "Learning assets" })
      .getByRole("checkbox", { name: "Select all on this page" })
      .check();
    await page
      .getByRole("region", { name: "Bulk actions" })
      .getByRole("button", { name: "Tag selected" })
      .click();
    return page.getByRole("dialog", { name: "Tag 3 selected assets" });
  };
  let dialog = await select();
  await dialog.getByRole("combobox", { name: "Add a skill" }).fill("preferential ORIGIN");
  await dialog.getByRole("option", { name: new RegExp(origin) }).click();
  await dialog.getByRole("button", { name: "Apply to 3 assets" }).click();
  await expect(page.getByRole("status")).toHaveText("Tagged 3 assets.");
  await expect(page.getByRole("row", { name: new RegExp(`${batch} B`) })).toContainText(origin);
  expect(await coverageCount(page, "Assets without a skill")).toBe(untagged - 3);
  await expect(notTaught).not.toContainText(origin);

  // Bulk-remove it again: the assets are untagged and the skill is a gap once more.
  dialog = await select();
  await dialog.getByRole("combobox", { name: "Remove a skill" }).fill(origin);
  await dialog.getByRole("option", { name: new RegExp(origin) }).click();
  await expect(dialog.getByRole("list", { name: "Skills to remove" })).toContainText(origin);
  await dialog.getByRole("button", { name: "Apply to 3 assets" }).click();
  await expect(page.getByRole("status")).toHaveText("Tagged 3 assets.");
  await expect(page.getByRole("row", { name: new RegExp(`${batch} B`) })).not.toContainText(origin);
  expect(await coverageCount(page, "Assets without a skill")).toBe(untagged);
  await expect(notTaught).toContainText(origin);
});

test("an export downloads in each format and imports into a new framework as the same tree", async ({
  page,
}) => {
  await signIn(page, "admin");
  const source = uniqueName("Exported skills");
  const { id: frameworkId } = await mutate<{ id: string }>(page, "skills.createFramework", {
    name: source,
    levels: [{ level: 1, name: "Aware" }],
  });
  const group = await mutate<{ id: string }>(page, "skills.create", {
    frameworkId,
    kind: "group",
    name: "Digital trade",
  });
  const skill = await mutate<{ id: string }>(page, "skills.create", {
    frameworkId,
    name: "Sell on marketplaces",
    altLabels: ["Marketplace selling", "A|B testing"],
    parentId: group.id,
  });
  await mutate(page, "skills.create", {
    frameworkId,
    name: "Marketplace fees",
    parentId: skill.id,
  });

  await page.goto("/skills");
  await page.getByRole("combobox", { name: "Framework" }).selectOption({ label: source });
  await page.getByRole("button", { name: "Export…" }).click();
  const exportDialog = page.getByRole("dialog", { name: `Export “${source}”` });
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      exportDialog.getByRole("button", { name }).click(),
    ]);
    return { name: file.suggestedFilename(), path: (await file.path())! };
  };
  const escoSkills = await download("Download ESCO CSV skills_en.csv");
  expect(escoSkills.name).toMatch(/-skills_en\.csv$/);
  expect(readFileSync(escoSkills.path, "utf8")).toContain("Marketplace selling\nA|B testing");
  const broader = await download("Download ESCO CSV broaderRelationsSkillPillar_en.csv");
  expect(readFileSync(broader.path, "utf8").trim().split("\n")).toHaveLength(3);
  const generic = await download("Download Generic CSV skills.csv");
  expect(readFileSync(generic.path, "utf8")).toContain("Marketplace selling|A\\|B testing");
  const json = await download("Download JSON skills.json");
  await exportDialog.getByRole("button", { name: "Close" }).click();

  // The JSON into a new framework: the same three items, in the same tree.
  const copy = uniqueName("Imported copy");
  await mutate(page, "skills.createFramework", {
    name: copy,
    levels: [{ level: 1, name: "Aware" }],
  });
  await page.reload();
  await page.getByRole("combobox", { name: "Framework" }).selectOption({ label: copy });
  await page.getByRole("button", { name: "Import…" }).click();
  const wizard = page.getByRole("dialog", { name: `Import into “${copy}”` });
  await wizard.getByRole("radio", { name: /JSON/ }).check();
  await wizard.getByLabel("Version label").fill("copy");
  await wizard.getByLabel("JSON file").setInputFiles({
    name: json.name,
    mimeType: "application/json",
    buffer: readFileSync(json.path),
  });
  await wizard.getByRole("button", { name: "Check files" }).click();
  await expect(counts(wizard)).toHaveText(["3", "0", "0", "0"]);
  await wizard.getByRole("button", { name: "Import 3 changes" }).click();
  await expect(wizard.getByRole("status")).toContainText("Imported 3 new");
  await wizard.getByRole("button", { name: "Done" }).click();
  await page.getByRole("searchbox", { name: "Search skills" }).fill("a|b test");
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("button", { name: /Sell on marketplaces/ })).toContainText(
    "Digital trade",
  );
});
