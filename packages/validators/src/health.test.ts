import { describe, expect, it } from "vitest";
import { ZHealthCheckInputSchema, ZHealthCheckSchema } from "./health";

describe("health check", () => {
  it("takes no input", () => {
    expect(ZHealthCheckInputSchema.safeParse(undefined).success).toBe(true);
    expect(ZHealthCheckInputSchema.safeParse({ verbose: true }).success).toBe(false);
  });

  it("answers ok, the database state and the time, and nothing else", () => {
    const time = new Date();
    expect(
      ZHealthCheckSchema.parse({ ok: true, database: "up", time, version: "secret build" }),
    ).toEqual({ ok: true, database: "up", time });
    expect(ZHealthCheckSchema.safeParse({ ok: true, database: "sideways", time }).success).toBe(
      false,
    );
    expect(ZHealthCheckSchema.safeParse({ ok: "yes", database: "up", time }).success).toBe(false);
  });
});
