import { describe, expect, it } from "vitest";
import { rowsFromBatch, rowsFromCsv } from "./rows";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("import rows", () => {
  it("reads CSV lines through the mapping, with the row's own system when a column gives one", () => {
    const parsed = rowsFromCsv(
      bytes('Name,E-mail,Login,System\n"Lima, Ana", ana@example.org ,,CRM\n\nBo,,bo-dev,\n'),
      { system: "github" },
    );
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.mapping).toEqual({
      Name: "name",
      "E-mail": "email",
      Login: "login",
      System: "system",
    });
    expect(parsed.rows).toEqual([
      {
        line: 2,
        name: "Lima, Ana",
        organization: "",
        organizationId: "",
        team: "",
        system: "crm",
        systemColumn: "System",
        ids: [{ column: "E-mail", kind: "email", value: "ana@example.org" }],
      },
      expect.objectContaining({
        line: 4,
        system: "github",
        ids: [{ column: "Login", kind: "login", value: "bo-dev" }],
      }),
    ]);
  });

  it("reports file problems instead of rows", () => {
    expect(rowsFromCsv(bytes(""), { system: "crm" }).fileErrors).toEqual([
      "is empty; line 1 must name the columns",
    ]);
    expect(
      rowsFromCsv(bytes("email,email\na@x.org,b@x.org"), { system: "crm" }).fileErrors,
    ).toEqual(["column “email” appears twice in the header"]);
    expect(rowsFromCsv(bytes("email\n"), { system: "crm" }).fileErrors).toEqual([
      "has no rows below the header",
    ]);
    expect(rowsFromCsv(new Uint8Array([0xff, 0xfe, 0x41, 0]), {}).fileErrors).toEqual([
      "must be UTF-8 encoded; this file is UTF-16",
    ]);
  });

  it("numbers connector rows from 1 and drops empty values", () => {
    expect(
      rowsFromBatch({
        system: "lms",
        rows: [
          {
            system: " CRM ",
            identifiers: [
              { kind: "user_id", value: " u1 " },
              { kind: "email", value: "" },
            ],
          },
        ],
      }),
    ).toEqual([
      {
        line: 1,
        name: "",
        organization: "",
        organizationId: "",
        team: "",
        system: "crm",
        systemColumn: "system",
        ids: [{ column: "user_id", kind: "user_id", value: "u1" }],
      },
    ]);
  });
});
