import { describe, expect, it, vi } from "vitest";
import { applyServerErrors, errorMessage } from "./trpc-errors";

describe("server errors in forms", () => {
  it("puts field errors beside the fields the form has", () => {
    const setError = vi.fn();
    const error = {
      message: "name: taken",
      data: { code: "CONFLICT", fieldErrors: { name: "a skill named “X” already exists" } },
    };
    expect(applyServerErrors(error, ["name", "description"], setError)).toBeUndefined();
    expect(setError).toHaveBeenCalledWith("name", {
      type: "server",
      message: "a skill named “X” already exists",
    });
  });

  it("falls back to the form-level message when no field matches", () => {
    const setError = vi.fn();
    const error = {
      message: "This needs the Admin role; you are signed in as Viewer.",
      data: { code: "FORBIDDEN" },
    };
    expect(applyServerErrors(error, ["name"], setError)).toBe(
      "This needs the Admin role; you are signed in as Viewer.",
    );
    expect(setError).not.toHaveBeenCalled();
    expect(errorMessage({ message: "x", data: { code: "UNAUTHORIZED" } })).toBe(
      "Your session has ended. Sign in again.",
    );
  });
});
