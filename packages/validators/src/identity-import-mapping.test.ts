import { describe, expect, it } from "vitest";
import { mappingErrors, suggestMapping, suggestTarget } from "./identity-import-mapping";

describe("import column suggestions", () => {
  it("reads the usual headers", () => {
    const cases: [string, string][] = [
      ["email", "email"],
      ["E-mail", "email"],
      ["Work Email", "email"],
      ["user_id", "user_id"],
      ["User ID", "user_id"],
      ["login", "login"],
      ["GitHub login", "login"],
      ["contact id", "contact_id"],
      ["Jira account id", "account_id"],
      ["mbox_sha1sum", "mbox_sha1sum"],
      ["Full name", "name"],
      ["Company", "organization"],
      ["Organisation ID", "organization_id"],
      ["Department", "team"],
      ["Source system", "system"],
      ["Notes", "ignore"],
    ];
    expect(cases.map(([h]) => [h, suggestTarget(h)])).toEqual(cases);
  });

  it("keeps given targets and never suggests a field twice", () => {
    expect(suggestMapping(["Name", "Full name", "Email", "Login"], { Login: "ignore" })).toEqual({
      Name: "name",
      "Full name": "ignore",
      Email: "email",
      Login: "ignore",
    });
  });

  it("explains a mapping that cannot work", () => {
    expect(
      mappingErrors(["Name", "Team"], { Name: "name", Team: "team", Other: "email" }, false),
    ).toEqual([
      "mapping names column “Other”, which the file does not have",
      "no column is mapped to an identifier (e-mail, user id, login…)",
      "choose the system the IDs come from, or map a column to “system”",
    ]);
    expect(mappingErrors(["A", "B", "C"], { A: "name", B: "name", C: "email" }, true)).toEqual([
      "only one column can be “name”",
    ]);
    expect(mappingErrors(["A", "S"], { A: "email", S: "system" }, false)).toEqual([]);
  });
});
