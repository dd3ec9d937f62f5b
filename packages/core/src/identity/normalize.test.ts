import { describe, expect, it } from "vitest";
import { DEFAULT_IDENTITY_SETTINGS as settings } from "./settings";
import { emailSha1, matchKeyOf, nameKey, normalizeEmail, parseActorIfi } from "./normalize";
import { lookupsFor } from "./resolve-actors";

const SHA1_OF_ANA = "0e5544afbb6be286591577af49b31b0187a46ef0";

describe("identity normalisation", () => {
  it("lower-cases and trims e-mail, drops mailto:, and strips plus-addressing only where configured", () => {
    expect(normalizeEmail("  Ana.Lima@Example.ORG ", settings)).toBe("ana.lima@example.org");
    expect(normalizeEmail("mailto:Ana@example.org", settings)).toBe("ana@example.org");
    expect(normalizeEmail("ana+webinar@gmail.com", settings)).toBe("ana@gmail.com");
    expect(normalizeEmail("ana+webinar@example.org", settings)).toBe("ana+webinar@example.org");
    expect(normalizeEmail("ana+x@example.org", { plusAddressingDomains: ["*"] })).toBe(
      "ana@example.org",
    );
    expect(normalizeEmail("not an email", settings)).toBe("not an email");
  });

  it("hashes the mailto IRI the way xAPI's mbox_sha1sum does", () => {
    // sha1("mailto:ana@example.org"), computed independently.
    expect(emailSha1("ana@example.org")).toBe(SHA1_OF_ANA);
    expect(emailSha1("ana@example.org")).toMatch(/^[0-9a-f]{40}$/);
    expect(emailSha1("ana@example.org")).not.toBe(emailSha1("ben@example.org"));
  });

  it("normalises each kind of identifier for matching", () => {
    expect(matchKeyOf("email", " Ana@Example.org", settings)).toBe("ana@example.org");
    expect(matchKeyOf("mbox", "mailto:ANA@example.org", settings)).toBe("ana@example.org");
    expect(matchKeyOf("mbox_sha1sum", "ABCDEF", settings)).toBe("abcdef");
    expect(matchKeyOf("user_id", "  u-42 ", settings)).toBe("u-42");
    // An account's homePage with or without its trailing slash is the same account.
    expect(matchKeyOf("account", " https://lms.example.org/  ana ", settings)).toBe(
      "https://lms.example.org ana",
    );
  });

  it("keys names without case, accents or punctuation", () => {
    expect(nameKey("  Sofía  Ledesma-Ruiz ")).toBe("sofia ledesma ruiz");
    expect(nameKey("Mette Sørensen")).toBe("mette sorensen");
    expect(nameKey("Elif Yıldız · Straße")).toBe("elif yildiz strasse");
    // Any script's letters stay: a Cyrillic or Japanese name is searchable, not an empty key.
    expect(nameKey("Иван Петров")).toBe("иван петров");
    expect(nameKey("田中 太郎")).toBe("田中 太郎");
    expect(nameKey("--- !")).toBe("");
  });

  it("takes xAPI IFIs apart", () => {
    expect(parseActorIfi("mbox:mailto:ana@example.org")).toEqual({
      kind: "mbox",
      value: "mailto:ana@example.org",
    });
    expect(parseActorIfi("account:https://github.com ana dev")).toEqual({
      kind: "account",
      value: "https://github.com ana dev",
      homePage: "https://github.com",
      name: "ana dev",
    });
    expect(parseActorIfi("group:anonymous")).toBeUndefined();
  });

  it("asks each enabled rule in the configured order", () => {
    const email = lookupsFor("mbox:mailto:Ana@Example.org", settings);
    expect(email.map((l) => [l.rule, l.system, l.match_key])).toEqual([
      ["xapi_exact", "xapi", "ana@example.org"],
      ["email", null, "ana@example.org"],
    ]);
    const github = lookupsFor("account:https://github.com/ anadev", settings);
    expect(github.map((l) => [l.rule, l.system, l.kinds, l.match_key])).toEqual([
      ["xapi_exact", "xapi", ["account"], "https://github.com anadev"],
      ["external_id", "github", ["login"], "anadev"],
    ]);
    const reordered = {
      ...settings,
      rules: [
        { rule: "email" as const, enabled: true },
        { rule: "xapi_exact" as const, enabled: false },
      ],
    };
    expect(
      lookupsFor("mbox:mailto:ana@example.org", reordered).map((l) => [l.rule, l.rank]),
    ).toEqual([["email", 0]]);
  });
});
