import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

const ORIGIN = "https://xroi.example.org";

describe("safeNext", () => {
  it("keeps a page of the app, with its query and fragment", () => {
    expect(safeNext("/skills", ORIGIN)).toBe("/skills");
    expect(safeNext("/ledger?program=p1#items", ORIGIN)).toBe("/ledger?program=p1#items");
    expect(safeNext("/skills/../users", ORIGIN)).toBe("/users");
    expect(safeNext("/", ORIGIN)).toBe("/");
  });

  it("goes home without a next", () => {
    expect(safeNext(undefined, ORIGIN)).toBe("/");
    expect(safeNext(null, ORIGIN)).toBe("/");
    expect(safeNext("", ORIGIN)).toBe("/");
  });

  it.each([
    ["another origin", "https://evil.example/skills"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash the browser reads as a slash", "/\\evil.example"],
    ["backslashes only", "\\\\evil.example"],
    ["a tab the URL parser drops (?next=/%09/evil.example)", "/\t/evil.example"],
    ["a newline the URL parser drops", "/\n/evil.example"],
    ["a carriage return and tab", "/\r\t/evil.example/path"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["credentials before the host", "//user@evil.example"],
    ["a relative path, resolved beside the sign-in page", "skills"],
    ["the same host on another port", "//xroi.example.org:8443/skills"],
    ["the same host over plain http", "http://xroi.example.org/skills"],
  ])("refuses %s", (_, next) => {
    expect(safeNext(next, ORIGIN)).toBe("/");
  });

  it.each([
    ["the API", "/api/auth/sign-out"],
    ["the LRS", "/xapi/statements"],
    ["Next's assets", "/_next/static/chunk.js"],
    ["the sign-in page itself", "/sign-in?next=/skills"],
    ["the sign-in page by another spelling", "/./sign-in"],
  ])("sends a path that is not a page (%s) home", (_, next) => {
    expect(safeNext(next, ORIGIN)).toBe("/");
  });

  it("resolves against a local origin with a port the same way", () => {
    expect(safeNext("/skills", "http://127.0.0.1:3100")).toBe("/skills");
    expect(safeNext("/\\127.0.0.1:3101/skills", "http://127.0.0.1:3100")).toBe("/");
  });
});
