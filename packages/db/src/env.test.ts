import { describe, expect, it } from "vitest";
import { parseServerEnv } from "./env";

describe("server environment", () => {
  it("believes no proxy unless told", () => {
    expect(parseServerEnv({}).XROI_TRUSTED_PROXIES).toEqual([]);
    expect(parseServerEnv({ XROI_TRUSTED_PROXIES: "" }).XROI_TRUSTED_PROXIES).toEqual([]);
  });

  it("reads trusted proxies as addresses and CIDR ranges, comma-separated", () => {
    expect(
      parseServerEnv({ XROI_TRUSTED_PROXIES: " 10.0.0.0/8, 192.168.1.7 ,fd00::/8,::1" })
        .XROI_TRUSTED_PROXIES,
    ).toEqual(["10.0.0.0/8", "192.168.1.7", "fd00::/8", "::1"]);
  });

  it.each(["proxy.internal", "10.0.0.0/33", "300.1.1.1", "10.0.0.1 10.0.0.2", "*"])(
    "refuses %s as a trusted proxy, naming the variable",
    (value) => {
      expect(() => parseServerEnv({ XROI_TRUSTED_PROXIES: value })).toThrow(
        /XROI_TRUSTED_PROXIES.*not an IP address or CIDR range/,
      );
    },
  );

  it("names a bad DATABASE_URL", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be/);
  });

  it("runs the quality checks hourly unless told otherwise; 0 turns the schedule off", () => {
    expect(parseServerEnv({}).XROI_QUALITY_INTERVAL_MINUTES).toBe(60);
    expect(
      parseServerEnv({ XROI_QUALITY_INTERVAL_MINUTES: "0" }).XROI_QUALITY_INTERVAL_MINUTES,
    ).toBe(0);
    expect(
      parseServerEnv({ XROI_QUALITY_INTERVAL_MINUTES: "15" }).XROI_QUALITY_INTERVAL_MINUTES,
    ).toBe(15);
    expect(() => parseServerEnv({ XROI_QUALITY_INTERVAL_MINUTES: "-5" })).toThrow(
      /XROI_QUALITY_INTERVAL_MINUTES: must be a whole number of minutes/,
    );
    expect(() => parseServerEnv({ XROI_QUALITY_INTERVAL_MINUTES: "hourly" })).toThrow(
      /XROI_QUALITY_INTERVAL_MINUTES/,
    );
  });
});
