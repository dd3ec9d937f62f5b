import { describe, expect, it } from "vitest";
import { handleXapiRequest } from "./handler";

describe("LRS skeleton", () => {
  it("says plainly that a resource is not built yet", async () => {
    const res = await handleXapiRequest(
      new Request("http://localhost/xapi/statements", { method: "POST" }),
    );
    expect(res.status).toBe(501);
    expect(await res.json()).toEqual({
      error: {
        status: 501,
        message:
          "The xroi Learning Record Store is not built yet; POST /statements is not available.",
      },
    });
  });

  it("refuses paths outside /xapi", async () => {
    expect((await handleXapiRequest(new Request("http://localhost/other"))).status).toBe(404);
  });
});
