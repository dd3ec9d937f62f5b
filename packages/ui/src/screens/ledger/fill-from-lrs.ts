import type { TLrsFigures } from "@xroi/validators";
import type { TAllocationFormValues } from "./allocation-form";

/**
 * What the LRS figures change in the form: for each row linked to an asset, its learners and
 * completions, and its weight when the split is by learner count or learner-hours (fixed shares
 * are the analyst's own). Pure, so the rule is tested without a browser.
 */
export function fillFromLrs(
  values: Pick<TAllocationFormValues, "basis" | "targets">,
  figures: TLrsFigures,
): {
  updates: {
    index: number;
    field: "weight" | "learners" | "completions";
    value: string | number;
  }[];
  summary: string;
} {
  const byAsset = new Map(figures.assets.map((a) => [a.assetId, a]));
  const updates: ReturnType<typeof fillFromLrs>["updates"] = [];
  let statements = 0;
  values.targets.forEach((t, index) => {
    const f = t.assetId ? byAsset.get(String(t.assetId)) : undefined;
    if (!f) return;
    statements += f.statements;
    updates.push({ index, field: "learners", value: f.learners });
    updates.push({ index, field: "completions", value: f.completions });
    if (values.basis === "learner_hours")
      updates.push({ index, field: "weight", value: f.learnerHours });
    if (values.basis === "learner_count")
      updates.push({ index, field: "weight", value: String(f.learners) });
  });
  const rows = new Set(updates.map((u) => u.index)).size;
  const summary =
    statements === 0
      ? `The LRS has no statements for the linked assets from ${figures.window.from} to ${figures.window.to}.`
      : `Filled ${rows} linked ${rows === 1 ? "row" : "rows"} from ${statements} xAPI ${statements === 1 ? "statement" : "statements"}, ${figures.window.from} to ${figures.window.to}.`;
  return { updates, summary };
}
