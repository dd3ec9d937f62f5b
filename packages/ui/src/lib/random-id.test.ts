import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { randomId } from "./random-id";

describe("randomId", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is a UUID the API takes, with or without crypto.randomUUID", () => {
    expect(z.uuid().safeParse(randomId()).success).toBe(true);
    vi.stubGlobal("crypto", { getRandomValues: crypto.getRandomValues.bind(crypto) });
    const ids = Array.from({ length: 50 }, randomId);
    for (const id of ids) expect(z.uuid().safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(50);
  });
});
