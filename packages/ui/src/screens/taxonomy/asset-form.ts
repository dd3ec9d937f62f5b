import { ZActivityIdSchema, ZAssetFieldsSchema, type TAssetView } from "@xroi/validators";
import { z } from "zod";
import { splitLines, splitList } from "../../lib/lines";

const fields = ZAssetFieldsSchema.shape;

/**
 * The asset form: the API's fields as people type them (duration as text, regions comma-separated,
 * activity ids one per line), turned into the API's shapes and checked by its rules.
 */
export const ZAssetFormSchema = ZAssetFieldsSchema.extend({
  durationMinutes: z
    .string()
    .transform((v) => (v.trim() === "" ? null : Number(v.trim())))
    .pipe(fields.durationMinutes.in.unwrap()),
  regions: z.string().transform(splitList).pipe(fields.regions.unwrap()),
  activityIds: z
    .string()
    .transform(splitLines)
    .pipe(
      z
        .array(ZActivityIdSchema)
        .max(50, "must be at most 50 activity ids")
        .superRefine((ids, ctx) => {
          ids.forEach((id, i) => {
            if (ids.indexOf(id) < i)
              ctx.addIssue({ code: "custom", path: [i], message: "is listed twice" });
          });
        }),
    ),
});
export type TAssetFormValues = z.input<typeof ZAssetFormSchema>;
export type TAssetFormOutput = z.output<typeof ZAssetFormSchema>;

export const ASSET_FORM_FIELDS = [
  "title",
  "kind",
  "owner",
  "format",
  "durationMinutes",
  "language",
  "regions",
  "description",
  "activityIds",
] as const;

export function assetFormValues(asset?: TAssetView): TAssetFormValues {
  return {
    title: asset?.title ?? "",
    kind: asset?.kind ?? "course",
    owner: asset?.owner ?? "",
    format: asset?.format ?? "",
    durationMinutes: asset?.durationMinutes?.toString() ?? "",
    language: asset?.language ?? "en",
    regions: asset?.regions.join(", ") ?? "",
    description: asset?.description ?? "",
    activityIds: asset?.activityIds.join("\n") ?? "",
  };
}

/** Server errors on one activity id ("activityIds.2") shown on the field, by line. */
export function activityIdError(
  fieldErrors: Record<string, string> | undefined,
): string | undefined {
  for (const [key, message] of Object.entries(fieldErrors ?? {})) {
    const match = /^activityIds\.(\d+)$/.exec(key);
    if (match) return `line ${Number(match[1]) + 1}: ${message}`;
  }
  return undefined;
}
