import { describe, expect, it } from "vitest";
import { importStages } from "./work-stages";

describe("importStages", () => {
  it("shows the bytes read while the file is read", () => {
    expect(importStages({ kind: "read", read: { read: 1_500_000, total: 3_000_000 } })).toEqual([
      {
        key: "read",
        label: "Read the file",
        state: "active",
        detail: "1.5 MB of 3.0 MB",
        value: 1_500_000,
        max: 3_000_000,
      },
    ]);
  });
  it("moves to the server's turn once the upload is sent", () => {
    const sending = importStages({
      kind: "apply",
      sending: { bytes: 4e6, upload: { sent: 1e6, total: 4e6 } },
    });
    expect(sending.map((s) => [s.key, s.state, s.detail])).toEqual([
      ["send", "active", "1.0 MB of 4.0 MB"],
      ["server", "waiting", undefined],
    ]);
    const sent = importStages({
      kind: "check",
      sending: { bytes: 4e6, upload: { sent: 4e6, total: 4e6 } },
    });
    expect(sent.map((s) => [s.key, s.state])).toEqual([
      ["send", "done"],
      ["server", "active"],
    ]);
    // The desktop measures no upload: the size is shown, the send stays under way.
    expect(importStages({ kind: "check", sending: { bytes: 2e6 } })[0]).toMatchObject({
      state: "active",
      detail: "2.0 MB",
    });
  });
});
