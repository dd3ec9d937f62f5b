import { describe, expect, it } from "vitest";
import { bytesToBase64 } from "./files";

describe("bytesToBase64", () => {
  it("encodes every byte, across chunk boundaries", () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    const encoded = bytesToBase64(bytes);
    expect(Buffer.from(encoded, "base64").equals(Buffer.from(bytes))).toBe(true);
  });
});
