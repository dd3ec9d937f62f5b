import { LrsError } from "../http/errors";
import { rejectUnknownParams } from "../http/params";
import { json } from "../http/responses";

/** GET /about: open to anyone, no version header needed; lists the versions this LRS speaks. */
export async function getAbout(method: string, params: URLSearchParams): Promise<Response> {
  if (method !== "GET" && method !== "HEAD")
    throw new LrsError(405, `${method} is not allowed on /about`, { Allow: "GET, HEAD" });
  rejectUnknownParams(params, []);
  return json({
    version: ["2.0.0", "1.0.3"],
    extensions: { "https://xroi.example/extensions/lrs": { name: "xroi Learning Record Store" } },
  });
}
