import { requireScope } from "../auth/scopes";
import type { TLrsContext } from "../http/context";
import { badRequest } from "../http/errors";
import { rejectUnknownParams, requireParam } from "../http/params";
import { json } from "../http/responses";
import { isIri } from "../validate";

/** GET /activities?activityId=: the Activity with the LRS's canonical definition. */
export async function getActivity(ctx: TLrsContext): Promise<Response> {
  requireScope(ctx.credential, "activities", "GET");
  rejectUnknownParams(ctx.params, ["activityId"]);
  const id = requireParam(ctx.params, "activityId");
  if (!isIri(id)) throw badRequest("activityId: must be an IRI");
  const rows = await ctx.settings.sql.query<{ definition: Record<string, unknown> | null }>(
    "SELECT definition FROM lrs_activities WHERE id = $1",
    [id],
  );
  // An activity the LRS has no definition of is still an Activity: answer with its id.
  const definition = rows[0]?.definition;
  return json({ objectType: "Activity", id, ...(definition ? { definition } : {}) });
}
