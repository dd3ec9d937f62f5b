// One sign-in per role for the local demo. The passwords are public on purpose (the CLI prints
// them and the README can quote them): they exist only in demo databases, never on a real server.
// Emails use .local so they can never reach a real mailbox.

export type TDemoRole = "viewer" | "analyst" | "privacy_lead" | "admin";

export type TDemoUser = {
  email: string;
  name: string;
  role: TDemoRole;
  /** At least 12 characters, the product's minimum. */
  password: string;
};

export const DEMO_USERS: readonly TDemoUser[] = [
  {
    email: "admin@demo.xroi.local",
    name: "Amara Okafor",
    role: "admin",
    password: "demo-admin-2026",
  },
  {
    email: "analyst@demo.xroi.local",
    name: "Lucas Ferreira",
    role: "analyst",
    password: "demo-analyst-2026",
  },
  {
    email: "privacy-lead@demo.xroi.local",
    name: "Priya Raman",
    role: "privacy_lead",
    password: "demo-privacy-lead-2026",
  },
  {
    email: "viewer@demo.xroi.local",
    name: "Victor Hale",
    role: "viewer",
    password: "demo-viewer-2026",
  },
];
