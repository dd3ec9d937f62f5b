import { describe, expect, it } from "vitest";
import { parseDesktopEnv } from "./env";

describe("parseDesktopEnv", () => {
  it("needs nothing, and takes a data folder and a loopback dev server", () => {
    expect(parseDesktopEnv({})).toEqual({});
    expect(
      parseDesktopEnv({
        XROI_DESKTOP_DATA_DIR: "/tmp/x",
        XROI_DESKTOP_RENDERER_URL: "http://127.0.0.1:5183",
      }),
    ).toEqual({
      XROI_DESKTOP_DATA_DIR: "/tmp/x",
      XROI_DESKTOP_RENDERER_URL: "http://127.0.0.1:5183",
    });
  });

  it("refuses a renderer URL that is not on this machine, naming the variable", () => {
    expect(() => parseDesktopEnv({ XROI_DESKTOP_RENDERER_URL: "https://evil.example" })).toThrow(
      /XROI_DESKTOP_RENDERER_URL: must be http:\/\/localhost:<port>/,
    );
  });
});
