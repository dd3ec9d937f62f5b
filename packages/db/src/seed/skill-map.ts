import { skillNameKey } from "@xroi/validators";
import type { Prisma } from "../generated/prisma/client";
import {
  CHAMBER_COURSES,
  CHAMBER_GOALS,
  CHAMBER_OUTCOME_TAGS,
  CHAMBER_PRACTICE_TASKS,
  CHAMBER_REGIONS,
  CHAMBER_SKILLS,
  CHAMBER_WEBINARS,
  chamberActivityIri,
  SKILL_LEVELS,
  VENDOR_PRACTICE,
  VENDOR_SKILLS,
  vendorActivityIri,
  VENDOR_OUTCOME_TAGS,
  type TOrgKey,
  type TSkillSeed,
  type TVendorActivityKind,
} from "./data";
import { upsertChamberSegments, upsertVendorRoles } from "./roles";

// The skill map of both case studies: two frameworks (groups from the skill categories), the
// vendor's roles with target levels and behaviours, the chamber's member segments, both
// catalogues as learning assets tagged to skills, goals and outcomes, and the vocabularies.
// Upserts by stable keys, so a second run changes nothing.

type TTx = Prisma.TransactionClient;
const SCALE = Object.entries(SKILL_LEVELS).map(([level, text]) => {
  const [name, description] = text.split(": ");
  return { level: Number(level), name: name!, description: description ?? "" };
});
const FRAMEWORKS: Record<
  TOrgKey,
  { name: string; description: string; skills: readonly TSkillSeed[] }
> = {
  chamber: {
    name: "Chamber member skills 2026",
    description:
      "What member companies learn in the chamber's courses, webinars and practice tasks.",
    skills: CHAMBER_SKILLS,
  },
  vendor: {
    name: "Engineering 2026",
    description:
      "The vendor's critical engineering skills, with behaviours that say what good looks like.",
    skills: VENDOR_SKILLS,
  },
};
const skillUri = (org: TOrgKey, key: string) => `https://demo.xroi.local/skills/${org}/${key}`;
const groupUri = (org: TOrgKey, name: string) =>
  `https://demo.xroi.local/skills/${org}/groups/${skillNameKey(name).replace(/[^a-z0-9]+/g, "-")}`;

async function upsertFramework(tx: TTx, org: TOrgKey): Promise<Map<string, string>> {
  const spec = FRAMEWORKS[org];
  const nameKey = skillNameKey(spec.name);
  const framework = await tx.skillFramework.upsert({
    where: { nameKey },
    create: { name: spec.name, nameKey, description: spec.description, levels: { create: SCALE } },
    update: { description: spec.description },
  });
  const ids = new Map<string, string>();
  const upsert = async (
    uri: string,
    data: { name: string; kind: "group" | "skill"; description?: string; parentId?: string },
  ) => {
    const fields = { ...data, nameKey: skillNameKey(data.name), retiredAt: null };
    const row = await tx.skill.upsert({
      where: { frameworkId_uri: { frameworkId: framework.id, uri } },
      create: { ...fields, frameworkId: framework.id, uri },
      update: fields,
    });
    return row.id;
  };
  for (const category of new Set(spec.skills.map((s) => s.category))) {
    ids.set(
      `group:${category}`,
      await upsert(groupUri(org, category), { name: category, kind: "group" }),
    );
  }
  for (const skill of spec.skills) {
    ids.set(
      skill.key,
      await upsert(skillUri(org, skill.key), {
        name: skill.name,
        kind: "skill",
        description: skill.description,
        parentId: ids.get(`group:${skill.category}`),
      }),
    );
  }
  return ids;
}

async function upsertTag(
  tx: TTx,
  vocabulary: "goal" | "outcome" | "topic" | "region" | "audience",
  label: string,
  description = "",
) {
  const labelKey = skillNameKey(label);
  const tag = await tx.tag.upsert({
    where: { vocabulary_labelKey: { vocabulary, labelKey } },
    create: { vocabulary, label, labelKey, description },
    update: { description },
  });
  return tag.id;
}

const VENDOR_KIND: Record<
  TVendorActivityKind,
  "code_lab" | "practice_task" | "peer_session" | "course" | "job_aid"
> = {
  code_lab: "code_lab",
  micro_challenge: "practice_task",
  peer_session: "peer_session",
  storyline_course: "course",
  job_aid: "job_aid",
};
// Which vendor goal a skill group moves (the case study's measures: cycle time, escaped defects).
const VENDOR_GOAL_OF_GROUP: Record<string, string> = {
  "Engineering flow": "Faster pull request cycle time",
  Quality: "Fewer escaped defects",
  Security: "Fewer escaped defects",
};

type TAssetSeed = {
  title: string;
  kind: "course" | "webinar" | "practice_task" | "code_lab" | "peer_session" | "job_aid";
  owner: string;
  format: string;
  durationMinutes: number;
  language: string;
  regions: string[];
  activityId: string;
  skillIds: string[];
  tagIds: string[];
};

async function upsertAsset(tx: TTx, asset: TAssetSeed): Promise<void> {
  const { activityId, skillIds, tagIds, ...fields } = asset;
  const titleKey = skillNameKey(asset.title);
  const row = await tx.learningAsset.upsert({
    where: { titleKey },
    create: { ...fields, titleKey },
    update: fields,
  });
  await tx.assetActivity.upsert({
    where: { activityId },
    create: { activityId, assetId: row.id },
    update: { assetId: row.id },
  });
  await tx.assetSkill.deleteMany({ where: { assetId: row.id } });
  await tx.assetSkill.createMany({
    data: skillIds.map((skillId) => ({ assetId: row.id, skillId })),
  });
  await tx.assetTag.deleteMany({ where: { assetId: row.id } });
  await tx.assetTag.createMany({ data: tagIds.map((tagId) => ({ assetId: row.id, tagId })) });
}

/** Loads the skill map; returns how many skills, roles and assets it holds. */
export async function upsertDemoSkillMap(tx: TTx) {
  const chamberSkills = await upsertFramework(tx, "chamber");
  const vendorSkills = await upsertFramework(tx, "vendor");
  const roles =
    (await upsertVendorRoles(tx, vendorSkills)) + (await upsertChamberSegments(tx, chamberSkills));
  const goals = new Map<string, string>();
  for (const goal of CHAMBER_GOALS)
    goals.set(goal.key, await upsertTag(tx, "goal", goal.name, goal.definition));
  for (const label of new Set(Object.values(VENDOR_GOAL_OF_GROUP)))
    goals.set(label, await upsertTag(tx, "goal", label));
  const regions = new Map<string, string>();
  for (const region of CHAMBER_REGIONS) regions.set(region, await upsertTag(tx, "region", region));
  // Outcome tags: an asset aimed at a goal aims at the outcome events that goal is measured by.
  const outcomesOfGoal = new Map<string, string[]>();
  for (const goal of CHAMBER_GOALS) {
    const ids: string[] = [];
    for (const event of goal.outcomeEvents) {
      const { label, description } = CHAMBER_OUTCOME_TAGS[event];
      ids.push(await upsertTag(tx, "outcome", label, description));
    }
    outcomesOfGoal.set(goal.key, ids);
  }
  for (const [goal, { label, description }] of Object.entries(VENDOR_OUTCOME_TAGS)) {
    outcomesOfGoal.set(goal, [await upsertTag(tx, "outcome", label, description)]);
  }
  const members = await upsertTag(tx, "audience", "Member companies");
  const engineers = await upsertTag(tx, "audience", "Engineers");

  const chamber = [...CHAMBER_COURSES, ...CHAMBER_WEBINARS, ...CHAMBER_PRACTICE_TASKS];
  for (const a of chamber) {
    const regionNames = a.regions === "all" ? [...CHAMBER_REGIONS] : [...a.regions];
    await upsertAsset(tx, {
      title: a.title,
      kind: a.kind,
      owner: "Chamber L&D",
      format: a.format,
      durationMinutes: a.durationMinutes,
      language: a.languages[0] ?? "en",
      regions: regionNames,
      activityId: chamberActivityIri(a),
      skillIds: a.skills.map((k) => chamberSkills.get(k)!).filter(Boolean),
      tagIds: [
        await upsertTag(tx, "topic", a.topic),
        members,
        ...a.goals.map((g) => goals.get(g)!).filter(Boolean),
        ...new Set(a.goals.flatMap((g) => outcomesOfGoal.get(g) ?? [])),
        ...(a.regions === "all" ? [] : regionNames.map((r) => regions.get(r)!)),
      ],
    });
  }
  const groupOf = new Map(VENDOR_SKILLS.map((s) => [s.key, s.category]));
  for (const a of VENDOR_PRACTICE) {
    const goalLabels = new Set(
      a.skills.map((k) => VENDOR_GOAL_OF_GROUP[groupOf.get(k) ?? ""]).filter(Boolean),
    );
    await upsertAsset(tx, {
      title: a.title,
      kind: VENDOR_KIND[a.kind],
      owner: "Engineering enablement",
      format: a.onLiveBacklog ? "on the live backlog" : "self-paced",
      durationMinutes: a.durationMinutes,
      language: "en",
      regions: [],
      activityId: vendorActivityIri(a),
      skillIds: a.skills.map((k) => vendorSkills.get(k)!).filter(Boolean),
      tagIds: [
        engineers,
        ...[...goalLabels].map((g) => goals.get(g!)!),
        ...[...goalLabels].flatMap((g) => outcomesOfGoal.get(g!) ?? []),
      ],
    });
  }
  return {
    skills: CHAMBER_SKILLS.length + VENDOR_SKILLS.length,
    roles,
    assets: chamber.length + VENDOR_PRACTICE.length,
  };
}
