import { describe, expect, it } from "vitest";
import {
  describeZodError,
  fieldErrorsFrom,
  roleAllows,
  ZSkillCreateSchema,
  ZUserCreateSchema,
  ROLES,
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

describe("skill input", () => {
  it("trims, defaults and nulls an empty category", () => {
    expect(ZSkillCreateSchema.parse({ name: "  Negotiation ", category: "" })).toEqual({
      name: "Negotiation",
      description: "",
      category: null,
    });
  });

  it("names the field and the rule on bad input", () => {
    const result = ZSkillCreateSchema.safeParse({ name: " x ", description: "d".repeat(2001) });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFrom(result.error)).toEqual({
      name: "must be at least 2 characters",
      description: "must be at most 2000 characters",
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
