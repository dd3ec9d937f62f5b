import { describe, expect, it } from "vitest";
import {
  describeZodError,
  fieldErrorsFrom,
  roleAllows,
  ZSkillCreateSchema,
  ZFrameworkCreateSchema,
  ZAssetFieldsSchema,
  ZBulkTagSchema,
  ZUserCreateSchema,
  ROLES,
  actorIfiFromInput,
  ZLrsStatementFilterSchema,
} from "./index";

describe("roleAllows", () => {
  it("lets admin do everything and keeps analyst and privacy lead apart", () => {
    for (const required of ROLES) expect(roleAllows("admin", required)).toBe(true);
    expect(roleAllows("viewer", "viewer")).toBe(true);
    expect(roleAllows("viewer", "analyst")).toBe(false);
    expect(roleAllows("analyst", "privacy_lead")).toBe(false);
    expect(roleAllows("privacy_lead", "analyst")).toBe(false);
    expect(roleAllows("analyst", "admin")).toBe(false);
    expect(roleAllows("privacy_lead", "privacy_lead")).toBe(true);
  });
});

describe("skill map input", () => {
  const frameworkId = "6f1c1d1e-0000-4000-8000-000000000001";
  it("trims and defaults a skill", () => {
    expect(ZSkillCreateSchema.parse({ frameworkId, name: "  Negotiation ", uri: "" })).toEqual({
      frameworkId,
      kind: "skill",
      name: "Negotiation",
      uri: null,
      altLabels: [],
      description: "",
      parentId: null,
      behaviours: [],
    });
  });

  it("names the field and the rule on bad input", () => {
    const result = ZSkillCreateSchema.safeParse({
      frameworkId,
      name: " x ",
      description: "d".repeat(4001),
      behaviours: [{ level: 11, text: "ok text" }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFrom(result.error)).toEqual({
      name: "must be at least 2 characters",
      description: "must be at most 4000 characters",
      "behaviours.0.level": "must be 10 or less",
    });
  });

  it("wants a framework's levels in rising order", () => {
    const result = ZFrameworkCreateSchema.safeParse({
      name: "SFIA",
      levels: [
        { level: 1, name: "Follow" },
        { level: 3, name: "Apply" },
        { level: 2, name: "Assist" },
      ],
    });
    expect(result.success ? {} : fieldErrorsFrom(result.error)).toEqual({
      "levels.2.level": "must be higher than the level above it",
    });
  });

  it("checks activity ids are IRIs and bulk tagging asks for something to do", () => {
    const asset = ZAssetFieldsSchema.safeParse({
      title: "Incoterms",
      kind: "course",
      activityIds: ["https://x.org/a", "not an iri", "https://x.org/a"],
    });
    expect(asset.success ? {} : fieldErrorsFrom(asset.error)).toEqual({
      "activityIds.1": "must be an absolute IRI like https://example.com/course/1",
      "activityIds.2": "is listed twice",
    });
    const bulk = ZBulkTagSchema.safeParse({ assetIds: [frameworkId] });
    expect(bulk.success ? {} : fieldErrorsFrom(bulk.error)).toEqual({
      addTagIds: "choose at least one tag or skill to add or remove",
    });
  });
});

describe("user input", () => {
  it("lower-cases the email and rejects a short password and an unknown role", () => {
    const ok = ZUserCreateSchema.parse({
      email: " Ana@Example.ORG ",
      name: "Ana",
      role: "analyst",
      password: "x".repeat(12),
    });
    expect(ok.email).toBe("ana@example.org");
    const bad = ZUserCreateSchema.safeParse({
      email: "nope",
      name: "",
      role: "owner",
      password: "short",
    });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(describeZodError(bad.error)).toBe(
      "email: must be an email address like name@example.org; name: is required; " +
        "role: must be one of viewer, analyst, privacy_lead, admin; password: must be at least 12 characters",
    );
  });
});

describe("LRS statement filters", () => {
  it("reads an email, a mailto or an IFI as the actor's IFI", () => {
    expect(actorIfiFromInput(" ana@example.org ")).toBe("mbox:mailto:ana@example.org");
    expect(actorIfiFromInput("mailto:ana@example.org")).toBe("mbox:mailto:ana@example.org");
    expect(actorIfiFromInput("mbox:mailto:ana@example.org")).toBe("mbox:mailto:ana@example.org");
    expect(actorIfiFromInput(`mbox_sha1sum:${"AB".repeat(20)}`)).toBe(
      `mbox_sha1sum:${"ab".repeat(20)}`,
    );
    expect(actorIfiFromInput("account:https://lms.example.org 4711")).toBe(
      "account:https://lms.example.org 4711",
    );
    expect(actorIfiFromInput("openid:https://id.example.org/ana")).toBe(
      "openid:https://id.example.org/ana",
    );
    expect(actorIfiFromInput("Ana")).toBeUndefined();
    expect(actorIfiFromInput("mbox:ana@example.org")).toBeUndefined();
  });

  it("drops empty filters and names the bad ones", () => {
    expect(ZLrsStatementFilterSchema.parse({ actor: "", verb: " ", activity: "" })).toEqual({
      limit: 50,
    });
    const bad = ZLrsStatementFilterSchema.safeParse({ actor: "Ana", credentialId: "x" });
    expect(bad.success ? {} : fieldErrorsFrom(bad.error)).toEqual({
      actor: "enter an email, or an IFI such as mbox:mailto:…, openid:…, account:<homePage> <name>",
      credentialId: "must be a credential id",
    });
  });
});
