import { z } from "zod";

/** What a signed-in person may do. An admin may do everything; the others are separate grants. */
export const ROLES = ["viewer", "analyst", "privacy_lead", "admin"] as const;
export const ZRoleSchema = z.enum(ROLES, {
  error: "must be one of viewer, analyst, privacy_lead, admin",
});
export type TRole = z.infer<typeof ZRoleSchema>;

export const ROLE_LABELS: Record<TRole, string> = {
  viewer: "Viewer",
  analyst: "Analyst",
  privacy_lead: "Privacy lead",
  admin: "Admin",
};

/**
 * True when a user with `role` may use something that requires `required`. Everyone signed in is a
 * viewer; admin includes every other role; analyst and privacy_lead do not include each other.
 */
export function roleAllows(role: TRole, required: TRole): boolean {
  return role === "admin" || required === "viewer" || role === required;
}
