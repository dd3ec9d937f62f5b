import { describe, expect, it } from "vitest";
import { progressStages } from "./import-progress";

const brief = (stages: ReturnType<typeof progressStages>) =>
  stages.map((s) => [
    s.key,
    s.state,
    s.detail ?? "",
    s.max === undefined ? "" : `${s.value}/${s.max}`,
  ]);

describe("progressStages", () => {
  it("follows a check: bytes read, bytes sent, then the server's phase", () => {
    expect(
      brief(progressStages({ step: "check", read: { read: 4_100_000, total: 9_800_000 } })),
    ).toEqual([
      ["read", "active", "4.1 MB of 9.8 MB", "4100000/9800000"],
      ["send", "waiting", "", ""],
      ["server", "waiting", "", ""],
    ]);
    const sending = { bytes: 13_000_000, upload: { sent: 6_500_000, total: 13_000_000 } };
    expect(brief(progressStages({ step: "check", read: { read: 1, total: 1 }, sending }))).toEqual([
      ["read", "done", "0.0 MB of 0.0 MB", ""],
      ["send", "active", "6.5 MB of 13.0 MB", "6500000/13000000"],
      ["server", "waiting", "", ""],
    ]);
    // Every byte sent: the server's turn, before it has said what it does.
    const sent = { bytes: 13_000_000, upload: { sent: 13_000_000, total: 13_000_000 } };
    expect(brief(progressStages({ step: "check", sending: sent })).slice(1)).toEqual([
      ["send", "done", "13.0 MB of 13.0 MB", ""],
      ["server", "active", "", ""],
    ]);
    const server = { phase: "checking" as const, done: null, total: null };
    expect(brief(progressStages({ step: "check", sending, server })).slice(1)).toEqual([
      ["send", "done", "6.5 MB of 13.0 MB", ""],
      ["server", "active", "checking every line and comparing", ""],
    ]);
  });

  it("shows no measure where the shell cannot count (an upload over IPC)", () => {
    const stages = progressStages({ step: "apply", sending: { bytes: 2_000_000 } });
    expect(brief(stages)[0]).toEqual(["send", "active", "2.0 MB", ""]);
  });

  it("follows an import through writing skills and their history to the end", () => {
    const at = (phase: "writing" | "history" | "saving" | "done", done: number | null = null) =>
      brief(
        progressStages({
          step: "apply",
          sending: { bytes: 10 },
          server: { phase, done, total: done === null ? null : 15_700 },
        }),
      );
    expect(at("writing", 5000).slice(2)).toEqual([
      ["writing", "active", "5,000 of 15,700", "5000/15700"],
      ["history", "waiting", "", ""],
      ["saving", "waiting", "", ""],
    ]);
    expect(at("history", 15_700).slice(2)).toEqual([
      ["writing", "done", "", ""],
      ["history", "active", "15,700 of 15,700", "15700/15700"],
      ["saving", "waiting", "", ""],
    ]);
    expect(at("saving").map((s) => s[1])).toEqual(["done", "done", "done", "done", "active"]);
    expect(at("done").map((s) => s[1])).toEqual(["done", "done", "done", "done", "done"]);
  });
});
