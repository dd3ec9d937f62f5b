import { describe, expect, it } from "vitest";
import { READ_SLICE_BYTES, readFilesAsBase64 } from "./read-files";

describe("readFilesAsBase64", () => {
  it("reads every byte of every file, slice by slice, saying how far it got", async () => {
    const big = Uint8Array.from({ length: READ_SLICE_BYTES * 2 + 5 }, (_, i) => (i * 13) % 256);
    const files = [
      new File([big], "skills_en.csv"),
      new File(["uri,name\n"], "empty-ish.csv"),
      new File([], "nothing.csv"),
    ];
    const seen: number[] = [];
    const read = await readFilesAsBase64(files, (p) => {
      expect(p.total).toBe(big.length + 9);
      seen.push(p.read);
    });
    expect(read.map((f) => f.fileName)).toEqual(["skills_en.csv", "empty-ish.csv", "nothing.csv"]);
    expect(Buffer.from(read[0]!.contentBase64, "base64").equals(Buffer.from(big))).toBe(true);
    expect(Buffer.from(read[1]!.contentBase64, "base64").toString()).toBe("uri,name\n");
    expect(read[2]!.contentBase64).toBe("");
    expect(seen).toEqual([0, READ_SLICE_BYTES, READ_SLICE_BYTES * 2, big.length, big.length + 9]);
  });
});
