import { describe, expect, it } from "vitest";
import { clashesOf } from "./merge";

const id = (n: string, system: string, kind: string, matchKey: string) => ({
  id: n,
  personId: n.slice(0, 1),
  system,
  kind,
  value: matchKey,
  matchKey,
  emailSha1: null,
  verified: false,
  firstSeen: new Date(0),
  lastSeen: new Date(0),
  source: "manual",
});

describe("merge clashes", () => {
  it("are two different CRM ids of one kind, one per person; other systems may hold several", () => {
    const a = [id("a1", "crm", "contact_id", "C-1"), id("a2", "lms", "email", "a@x.org")];
    const b = [
      id("b1", "crm", "contact_id", "C-2"),
      id("b2", "crm", "account_id", "ACC-9"),
      id("b3", "lms", "email", "b@x.org"),
    ];
    expect(clashesOf(a, b).map((c) => [c.survivorIdentifier.id, c.mergedIdentifier.id])).toEqual([
      ["a1", "b1"],
    ]);
    expect(clashesOf(a, [id("b4", "crm", "contact_id", "C-1")])).toEqual([]);
    expect(clashesOf([], b)).toEqual([]);
  });
});
