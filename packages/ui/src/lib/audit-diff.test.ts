import { describe, expect, it } from "vitest";
import { actionLabel, auditChanges, showValue } from "./audit-diff";

describe("audit changes", () => {
  it("lists only the keys that changed, without bookkeeping keys", () => {
    const before = { id: "1", name: "Negotiation", altLabels: [], updatedAt: "x", kind: "skill" };
    const after = {
      id: "1",
      name: "Negotiating",
      altLabels: ["Haggling"],
      updatedAt: "y",
      kind: "skill",
    };
    expect(auditChanges(before, after)).toEqual([
      { key: "name", before: "“Negotiation”", after: "“Negotiating”" },
      { key: "altLabels", before: "none", after: "Haggling" },
    ]);
  });

  it("shows a create as after-only and a delete as before-only", () => {
    expect(auditChanges(undefined, { label: "Retention" })).toEqual([
      { key: "label", after: "“Retention”" },
    ]);
    expect(auditChanges({ label: "Retention" }, null)).toEqual([
      { key: "label", before: "“Retention”" },
    ]);
  });

  it("keeps long values short", () => {
    expect(showValue("x".repeat(200))).toHaveLength(82);
    expect(showValue({ level: 3 })).toBe('{"level":3}');
    expect(showValue(null)).toBe("—");
  });

  it("names actions in words", () => {
    expect(actionLabel("skill.update")).toBe("Updated");
    expect(actionLabel("asset.bulk_tag")).toBe("Bulk tagged");
    expect(actionLabel("role.skill.set")).toBe("Required skill set");
    expect(actionLabel("framework.reimport")).toBe("reimport");
    expect(actionLabel("cost_item.update")).toBe("Updated");
    expect(actionLabel("cost_item.import")).toBe("Imported");
    expect(actionLabel("cost_item.delete")).toBe("Cost item deleted");
    expect(actionLabel("cost_allocation.delete")).toBe("Allocation deleted");
    expect(actionLabel("skill.import_add")).toBe("Added by an import");
    expect(actionLabel("skill.import_retire")).toBe("Retired by an import");
  });
});
