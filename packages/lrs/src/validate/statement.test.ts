import { describe, expect, it } from "vitest";
import { describeProblem, type TProblem } from "../xapi/problems";
import type { TXapiVersion } from "../xapi/versions";
import { INTERACTION_TYPES, validateStatement } from "./index";
import {
  agent,
  attachment,
  interactionDefinitions,
  minimalStatement,
  richStatement,
  subStatementStatement,
  UUID_A,
} from "./test-fixtures";

type TObj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const VERSIONS: TXapiVersion[] = ["2.0.0", "1.0.3"];

function problems(value: unknown, version: TXapiVersion = "2.0.0"): string[] {
  return validateStatement(value, { version }).map(describeProblem);
}

function expectValid(value: unknown, version?: TXapiVersion): void {
  const versions = version ? [version] : VERSIONS;
  for (const v of versions) expect(problems(value, v), `xAPI ${v}`).toEqual([]);
}

/** The statement is rejected with (at least) the given problem, in the given versions. */
function expectProblem(
  value: unknown,
  expected: string,
  versions: TXapiVersion[] = VERSIONS,
): void {
  for (const v of versions) expect(problems(value, v), `xAPI ${v}`).toContain(expected);
}

function expectInvalid(value: unknown, versions: TXapiVersion[] = VERSIONS): void {
  for (const v of versions) expect(problems(value, v), `xAPI ${v}`).not.toEqual([]);
}

function withStatement(edit: (s: TObj) => void, base: () => TObj = minimalStatement): TObj {
  const s = base() as TObj;
  edit(s);
  return s;
}

describe("valid statements", () => {
  it("accepts the minimal statement and the rich one in both versions", () => {
    expectValid(minimalStatement());
    expectValid(richStatement());
  });

  it("accepts every object type", () => {
    const objects: TObj[] = [
      { id: "https://example.org/activity" },
      { objectType: "Activity", id: "https://example.org/activity", definition: {} },
      { objectType: "Agent", mbox: "mailto:bob@example.org" },
      { objectType: "Agent", account: { homePage: "https://lms.example.org", name: "42" } },
      { objectType: "Group", openid: "https://id.example.org/team" },
      { objectType: "Group", name: "ad hoc", member: [agent(), agent("bob@example.org")] },
      { objectType: "StatementRef", id: UUID_A },
    ];
    for (const object of objects) expectValid(withStatement((s) => (s.object = object)));
    expectValid(subStatementStatement());
  });

  it("accepts a SubStatement whose object is an Agent, Group or StatementRef", () => {
    for (const object of [
      agent("bob@example.org"),
      { objectType: "Group", mbox_sha1sum: "cd9b00a5611f94eaa7b1661edab976068e364975" },
      { objectType: "StatementRef", id: UUID_A },
    ])
      expectValid(
        withStatement((s) => {
          s.object.object = object;
          delete s.object.context; // revision needs an Activity object
        }, subStatementStatement),
      );
  });

  it.each(INTERACTION_TYPES)("accepts an interaction Activity of type %s", (type) => {
    const definition = interactionDefinitions()[type];
    expectValid(withStatement((s) => (s.object = { id: "https://example.org/q", definition })));
    // inside a SubStatement as well
    expectValid(
      withStatement(
        (s) => (s.object.object = { id: "https://example.org/q", definition }),
        subStatementStatement,
      ),
    );
  });

  it("accepts each actor form and an identified Group with or without members", () => {
    for (const actor of [
      { mbox: "mailto:ana@example.org" },
      { objectType: "Agent", mbox_sha1sum: "cd9b00a5611f94eaa7b1661edab976068e364975" },
      { openid: "http://openid.example.org/12345" },
      { account: { homePage: "https://lms.example.org", name: "ana" } },
      { objectType: "Group", member: [agent()] },
      { objectType: "Group", mbox: "mailto:team@example.org" },
      { objectType: "Group", mbox: "mailto:team@example.org", member: [] },
    ])
      expectValid(withStatement((s) => (s.actor = actor)));
  });

  it("accepts an Agent authority and a 3-legged OAuth Group authority", () => {
    expectValid(withStatement((s) => (s.authority = agent())));
    expectValid(
      withStatement(
        (s) =>
          (s.authority = {
            objectType: "Group",
            member: [
              {
                account: {
                  homePage: "http://example.com/xAPI/OAuth/Token",
                  name: "oauth_consumer_x75db",
                },
              },
              { mbox: "mailto:bob@example.com" },
            ],
          }),
      ),
    );
  });

  it("accepts single contextActivities (0.95 style), empty objects and extension values of any kind", () => {
    expectValid(
      withStatement((s) => {
        s.context = {
          contextActivities: {
            parent: { id: "https://example.org/parent" },
            grouping: { objectType: "Activity", id: "https://example.org/grouping" },
            category: [],
          },
          extensions: {
            "http://example.com/null": null,
            "http://example.com/empty-string": "",
            "http://example.com/empty-object": {},
            "http://example.com/nested": { a: [null, { b: null }], "not an iri": true },
            "urn:example:number": 12345,
          },
        };
        s.result = { extensions: {}, score: {} };
        s.object = { id: "https://example.org/a", definition: { extensions: {} } };
      }),
    );
  });

  it("accepts a voiding statement, any timestamp in the future and a language tag context", () => {
    expectValid(
      withStatement((s) => {
        s.verb = { id: "http://adlnet.gov/expapi/verbs/voided", display: { "en-US": "voided" } };
        s.object = { objectType: "StatementRef", id: UUID_A };
      }),
    );
    expectValid(withStatement((s) => (s.timestamp = "2999-12-01T14:33:48.898Z")));
    expectValid(withStatement((s) => (s.context = { language: "cmn" })));
  });

  it("accepts statement ids in upper case and a verb without display", () => {
    expectValid(withStatement((s) => (s.id = "AA97B177-9383-4934-8543-0F91A7A02836")));
    expectValid(withStatement((s) => (s.verb = { id: "urn:example:verb" })));
  });

  it("accepts score bounds at the edges and raw without min or max", () => {
    for (const score of [
      { scaled: 1 },
      { scaled: -1 },
      { scaled: 0.6767676 },
      { raw: 5, min: 5, max: 10 },
      { raw: 10, min: 5, max: 10 },
      { raw: -100 },
      { min: 0.12123434, raw: 12.125, max: 45.45, scaled: 0.12123434 },
    ])
      expectValid(withStatement((s) => (s.result = { score })));
  });

  it("accepts more precise durations than 0.01 s", () => {
    expectValid(withStatement((s) => (s.result = { duration: "P1DT12H36M0.12567S" })));
  });
});

describe("version differences", () => {
  const contextAgents = {
    contextAgents: [
      {
        objectType: "contextAgent",
        agent: agent(),
        relevantTypes: ["https://example.org/types/coach"],
      },
      {
        objectType: "contextAgent",
        agent: { account: { homePage: "https://x.example", name: "7" } },
      },
    ],
    contextGroups: [
      {
        objectType: "contextGroup",
        group: { objectType: "Group", mbox: "mailto:team-1@example.com", member: [agent()] },
        relevantTypes: ["https://example.org/types/team"],
      },
    ],
  };

  it("contextAgents and contextGroups exist only in 2.0.0", () => {
    const s = withStatement((st) => (st.context = contextAgents));
    expectValid(s, "2.0.0");
    expect(problems(s, "1.0.3")).toEqual([
      "context.contextAgents: is not a property of context in xAPI 1.0.3 (contextAgents is new in xAPI 2.0)",
      "context.contextGroups: is not a property of context in xAPI 1.0.3 (contextGroups is new in xAPI 2.0)",
    ]);
  });

  it("timestamps: 2.0.0 wants RFC 3339, 1.0.3 takes any ISO 8601 date-time", () => {
    for (const ts of ["2008-09-15T15:53:00.601+0000", "2008-09-15T15:53:00", "20080915T155300Z"]) {
      const s = withStatement((st) => (st.timestamp = ts));
      expectValid(s, "1.0.3");
      expectProblem(
        s,
        "timestamp: must be an RFC 3339 timestamp with a time zone offset (e.g. 2013-05-18T05:32:34.804Z); -00:00 is not allowed",
        ["2.0.0"],
      );
    }
    for (const ts of [
      "2008-09-15T15:53:00.601-00:00",
      "2008-09-15T15:53:00.601-0000",
      "2008-09-15T15:53:00.601-00",
    ])
      expectInvalid(withStatement((st) => (st.timestamp = ts)));
    expectValid(withStatement((st) => (st.timestamp = "2008-09-15T15:53:00.601+00:00")));
    expectValid(withStatement((st) => (st.stored = "2011-07-15T00:00:00.000Z")));
  });

  it("version: 1.0.x in 1.0.3, 1.0.x or 2.0.x in 2.0.0", () => {
    for (const version of ["1.0", "1.0.0", "1.0.9"])
      expectValid(withStatement((s) => (s.version = version)));
    expectValid(
      withStatement((s) => (s.version = "2.0.0")),
      "2.0.0",
    );
    expectProblem(
      withStatement((s) => (s.version = "2.0.0")),
      "version: must be 1.0 or 1.0.x (e.g. 1.0.0)",
      ["1.0.3"],
    );
    for (const version of ["should fail", "0.9.9", "1.1.0", "3.0.0"])
      expectProblem(
        withStatement((s) => (s.version = version)),
        "version: must be 2.0.x or 1.0.x (e.g. 2.0.0)",
        ["2.0.0"],
      );
    expectProblem(
      withStatement((s) => (s.version = 1)),
      "version: must be 1.0 or 1.0.x (e.g. 1.0.0)",
      ["1.0.3"],
    );
  });
});

describe("problem messages and paths", () => {
  it("names the rule in plain words, as documented", () => {
    const s = withStatement((st) => {
      st.actor = { mbox: "http://example.org/ana" };
      st.verb.display = "attended";
      st.object = { id: "https://example.org/q", definition: { interactionType: "essay" } };
      st.result = { score: { scaled: 1.01 } };
      st.context = { foo: 1 };
    });
    expect(
      validateStatement(s, { version: "2.0.0", path: "statements[3]" }).map(describeProblem),
    ).toEqual([
      "statements[3].actor.mbox: must be a mailto IRI (mailto:name@example.com)",
      "statements[3].verb.display: must be a language map (keys are RFC 5646 language tags, values strings)",
      `statements[3].object.definition.interactionType: must be one of ${INTERACTION_TYPES.join(", ")}`,
      "statements[3].result.score.scaled: must be between -1 and 1",
      "statements[3].context.foo: is not a property of context",
    ]);
  });

  it("reports the IFI count and returns structured problems", () => {
    const s = withStatement(
      (st) => (st.actor = { mbox: "mailto:a@example.org", openid: "https://id.example.org/a" }),
    );
    const result: TProblem[] = validateStatement(s, { version: "1.0.3" });
    expect(result).toEqual([
      {
        path: "actor",
        rule: "must identify the agent with exactly one of mbox, mbox_sha1sum, openid, account (found 2)",
      },
    ]);
  });

  it("returns every problem, not only the first", () => {
    const s = { id: "nope", actor: {}, verb: { id: "nope" }, object: { id: "nope" }, extra: true };
    expect(problems(s)).toEqual([
      "id: must be a UUID (8-4-4-4-12 hex digits)",
      "actor: must identify the agent with exactly one of mbox, mbox_sha1sum, openid, account (found 0)",
      "verb.id: must be an IRI (absolute, with a scheme such as http:)",
      "object.id: must be an IRI (absolute, with a scheme such as http:)",
      "extra: is not a property of a statement",
    ]);
  });

  it("quotes keys that are not identifiers and hints at case mistakes", () => {
    expect(
      problems(withStatement((s) => (s.result = { extensions: { "should fail": 1 } }))),
    ).toEqual(['result.extensions["should fail"]: is not an IRI: extension keys must be IRIs']);
    expect(problems(withStatement((s) => (s.Actor = s.actor)))).toEqual([
      'Actor: is not a property of a statement (property names are case-sensitive: did you mean "actor"?)',
    ]);
  });

  it("rejects things that are not statements", () => {
    for (const value of [null, "statement", 42, [], [minimalStatement()]]) expectInvalid(value);
    expect(problems(null)).toEqual(["must not be null (null is only allowed inside extensions)"]);
    expect(validateStatement("x", { version: "1.0.3", path: "statements[0]" })).toEqual([
      { path: "statements[0]", rule: "must be a statement (a JSON object)" },
    ]);
  });
});

/**
 * The invalid cases the conformance suite sends, grouped as in its configs. Each is a change to
 * the minimal statement (or `base`) and the problem it must produce.
 */
type TCase = {
  name: string;
  edit: (s: TObj) => void;
  expect: string;
  base?: () => TObj;
  versions?: TXapiVersion[];
};

const INVALID: TCase[] = [
  // statement level
  { name: "missing actor", edit: (s) => delete s.actor, expect: "actor: is required" },
  { name: "missing verb", edit: (s) => delete s.verb, expect: "verb: is required" },
  { name: "missing object", edit: (s) => delete s.object, expect: "object: is required" },
  {
    name: "unknown property",
    edit: (s) => (s.dummy = "dummy"),
    expect: "dummy: is not a property of a statement",
  },
  {
    name: "objectType on a statement",
    edit: (s) => (s.objectType = "StatementRef"),
    expect: "objectType: is not a property of a statement",
  },
  {
    name: "numeric id",
    edit: (s) => (s.id = 12345),
    expect: "id: must be a UUID (8-4-4-4-12 hex digits); found a number",
  },
  {
    name: "id with 13 digits in the last group",
    edit: (s) => (s.id = "AA97B177-9383-4934-8543-0F91A7A028368"),
    expect: "id: must be a UUID (8-4-4-4-12 hex digits)",
  },
  {
    name: "id with a non-hex letter",
    edit: (s) => (s.id = "MA97B177-9383-4934-8543-0F91A7A02836"),
    expect: "id: must be a UUID (8-4-4-4-12 hex digits)",
  },
  {
    name: "timestamp not a date",
    edit: (s) => (s.timestamp = "01/011/2015"),
    expect:
      "timestamp: must be an ISO 8601 timestamp (e.g. 2013-05-18T05:32:34.804Z); a -00:00 offset is not allowed",
    versions: ["1.0.3"],
  },
  {
    name: "stored not a date",
    edit: (s) => (s.stored = "yesterday"),
    expect:
      "stored: must be an ISO 8601 timestamp (e.g. 2013-05-18T05:32:34.804Z); a -00:00 offset is not allowed",
    versions: ["1.0.3"],
  },
  {
    name: "null property",
    edit: (s) => (s.timestamp = null),
    expect: "timestamp: must not be null (null is only allowed inside extensions)",
  },
  // actor, agents, groups, IFIs, accounts
  {
    name: "actor objectType lower-case",
    edit: (s) => (s.actor.objectType = "agent"),
    expect: 'actor.objectType: must be "Agent" or "Group" (case-sensitive)',
  },
  {
    name: "actor objectType numeric",
    edit: (s) => (s.actor.objectType = 123),
    expect: 'actor.objectType: must be "Agent" or "Group" (case-sensitive)',
  },
  {
    name: "actor objectType as JSON text",
    edit: (s) => (s.actor.objectType = '"objectType": "Agent"'),
    expect: 'actor.objectType: must be "Agent" or "Group" (case-sensitive)',
  },
  {
    name: "agent name numeric",
    edit: (s) => (s.actor.name = 123),
    expect: "actor.name: must be a string",
  },
  {
    name: "agent name null",
    edit: (s) => (s.actor.name = null),
    expect: "actor.name: must not be null (null is only allowed inside extensions)",
  },
  {
    name: "agent without IFI",
    edit: (s) => (s.actor = { objectType: "Agent", name: "Ana" }),
    expect:
      "actor: must identify the agent with exactly one of mbox, mbox_sha1sum, openid, account (found 0)",
  },
  {
    name: "agent with mbox and account",
    edit: (s) => (s.actor.account = { homePage: "http://www.example.com", name: "x" }),
    expect:
      "actor: must identify the agent with exactly one of mbox, mbox_sha1sum, openid, account (found 2)",
  },
  {
    name: "agent with a member list",
    edit: (s) => (s.actor.member = [agent()]),
    expect: "actor.member: is not a property of an Agent",
  },
  {
    name: "mbox with another scheme",
    edit: (s) => (s.actor.mbox = "http://should.fail.com"),
    expect: "actor.mbox: must be a mailto IRI (mailto:name@example.com)",
  },
  {
    name: "mbox without an address",
    edit: (s) => (s.actor.mbox = "mailto:should.fail.com"),
    expect: "actor.mbox: must be a mailto IRI (mailto:name@example.com)",
  },
  {
    name: "mbox_sha1sum object",
    edit: (s) => (s.actor = { mbox_sha1sum: { key: "value" } }),
    expect: "actor.mbox_sha1sum: must be a hex-encoded SHA-1 hash (40 hex digits); found an object",
  },
  {
    name: "openid bad scheme",
    edit: (s) => (s.actor = { openid: "ab=c://should.fail.com" }),
    expect: "actor.openid: must be a URI (absolute, with a scheme such as https:)",
  },
  {
    name: "openid without scheme",
    edit: (s) => (s.actor = { openid: "open.id.com/testUser" }),
    expect: "actor.openid: must be a URI (absolute, with a scheme such as https:)",
  },
  {
    name: "account without homePage",
    edit: (s) => (s.actor = { account: { name: "x" } }),
    expect: "actor.account.homePage: is required",
  },
  {
    name: "account without name",
    edit: (s) => (s.actor = { account: { homePage: "http://www.example.com" } }),
    expect: "actor.account.name: is required",
  },
  {
    name: "account homePage bad scheme",
    edit: (s) => (s.actor = { account: { homePage: "ab=c://should.fail.com", name: "x" } }),
    expect: "actor.account.homePage: must be an IRL (an absolute IRI with a scheme such as http:)",
  },
  {
    name: "account homePage without scheme",
    edit: (s) => (s.actor = { account: { homePage: "homePage.com/testUser", name: "123456" } }),
    expect: "actor.account.homePage: must be an IRL (an absolute IRI with a scheme such as http:)",
  },
  {
    name: "account name object",
    edit: (s) =>
      (s.actor = { account: { homePage: "http://www.example.com", name: { key: "x" } } }),
    expect: "actor.account.name: must be a string",
  },
  {
    name: "account extra property",
    edit: (s) => (s.actor = { account: { homePage: "http://www.example.com", name: "x", id: 1 } }),
    expect: "actor.account.id: is not a property of an account",
  },
  {
    name: "anonymous group without member",
    edit: (s) => (s.actor = { objectType: "Group", name: "G" }),
    expect:
      "actor.member: is required, with at least one Agent, in an anonymous Group (one without mbox, mbox_sha1sum, openid or account)",
  },
  {
    name: "anonymous group with empty member",
    edit: (s) => (s.actor = { objectType: "Group", member: [] }),
    expect:
      "actor.member: is required, with at least one Agent, in an anonymous Group (one without mbox, mbox_sha1sum, openid or account)",
  },
  {
    name: "group member not an array",
    edit: (s) => (s.actor = { objectType: "Group", member: agent() }),
    expect: "actor.member: must be an array of Agents",
  },
  {
    name: "group containing a group",
    edit: (s) =>
      (s.actor = {
        objectType: "Group",
        member: [{ objectType: "Group", mbox: "mailto:g@example.org" }],
      }),
    expect: 'actor.member[0].objectType: must be "Agent" (a Group cannot contain Groups)',
  },
  {
    name: "group member without IFI",
    edit: (s) => (s.actor = { objectType: "Group", member: [{ name: "x" }] }),
    expect:
      "actor.member[0]: must identify the agent with exactly one of mbox, mbox_sha1sum, openid, account (found 0)",
  },
  {
    name: "identified group with two IFIs",
    edit: (s) =>
      (s.actor = {
        objectType: "Group",
        mbox: "mailto:g@example.org",
        openid: "http://openid.example.org/1",
      }),
    expect:
      "actor: must identify the group with at most one of mbox, mbox_sha1sum, openid, account (found 2)",
  },
  {
    name: "group objectType lower-case",
    edit: (s) => (s.actor = { objectType: "group", mbox: "mailto:g@example.org" }),
    expect: 'actor.objectType: must be "Agent" or "Group" (case-sensitive)',
  },
  // authority
  {
    name: "authority without IFI",
    edit: (s) => (s.authority = { objectType: "Agent" }),
    expect:
      "authority: must identify the agent with exactly one of mbox, mbox_sha1sum, openid, account (found 0)",
  },
  {
    name: "authority identified group",
    edit: (s) =>
      (s.authority = {
        objectType: "Group",
        mbox: "mailto:g@example.com",
        member: [agent("a@example.com"), agent("b@example.com")],
      }),
    expect:
      "authority: must be an Agent, or an anonymous Group (no mbox, mbox_sha1sum, openid or account) with exactly two member Agents",
  },
  {
    name: "authority group of one",
    edit: (s) => (s.authority = { objectType: "Group", member: [agent()] }),
    expect:
      "authority: must be an Agent, or an anonymous Group (no mbox, mbox_sha1sum, openid or account) with exactly two member Agents",
  },
  {
    name: "authority group of three",
    edit: (s) =>
      (s.authority = {
        objectType: "Group",
        member: [agent("a@x.org"), agent("b@x.org"), agent("c@x.org")],
      }),
    expect:
      "authority: must be an Agent, or an anonymous Group (no mbox, mbox_sha1sum, openid or account) with exactly two member Agents",
  },
  // verb
  {
    name: "verb without id",
    edit: (s) => (s.verb = { display: { "en-US": "attended" } }),
    expect: "verb.id: is required",
  },
  {
    name: "verb id bad scheme",
    edit: (s) => (s.verb.id = "ab=c://should.fail.com"),
    expect: "verb.id: must be an IRI (absolute, with a scheme such as http:)",
  },
  {
    name: "verb id without scheme",
    edit: (s) => (s.verb.id = "adlnet.gov/expapi/verbs/attended"),
    expect: "verb.id: must be an IRI (absolute, with a scheme such as http:)",
  },
  {
    name: "verb display numeric",
    edit: (s) => (s.verb.display = 12345),
    expect:
      "verb.display: must be a language map (keys are RFC 5646 language tags, values strings)",
  },
  {
    name: "verb display bad tag",
    edit: (s) => (s.verb.display = { something: "besucht" }),
    expect:
      'verb.display: must be a language map (keys are RFC 5646 language tags, values strings); "something" is not a language tag',
  },
  {
    name: "verb display digits in tag",
    edit: (s) => (s.verb.display = { a12345678: "x" }),
    expect:
      'verb.display: must be a language map (keys are RFC 5646 language tags, values strings); "a12345678" is not a language tag',
  },
  {
    name: "verb display null value",
    edit: (s) => (s.verb.display = { "en-US": null }),
    expect: 'verb.display["en-US"]: must not be null (null is only allowed inside extensions)',
  },
  {
    name: "verb display numeric value",
    edit: (s) => (s.verb.display = { en: 1 }),
    expect: "verb.display.en: must be a string (language map values are strings)",
  },
  {
    name: "verb extra property",
    edit: (s) => (s.verb.name = "x"),
    expect: "verb.name: is not a property of a verb",
  },
  // voiding
  {
    name: "voided verb with an Activity",
    edit: (s) => (s.verb = { id: "http://adlnet.gov/expapi/verbs/voided" }),
    expect:
      "object: must be a StatementRef when the verb is http://adlnet.gov/expapi/verbs/voided (voiding)",
  },
  // objects
  {
    name: "object objectType lower-case",
    edit: (s) => (s.object.objectType = "activity"),
    expect:
      "object.objectType: must be one of Activity, Agent, Group, SubStatement, StatementRef (case-sensitive)",
  },
  {
    name: "agent object without objectType",
    edit: (s) => (s.object = { mbox: "mailto:bob@example.org" }),
    expect:
      'object.objectType: is required when the object is an Agent or Group ("Agent" or "Group"); without it the object is an Activity',
  },
  {
    name: "group object without objectType",
    edit: (s) => (s.object = { member: [agent()] }),
    expect:
      'object.objectType: is required when the object is an Agent or Group ("Agent" or "Group"); without it the object is an Activity',
  },
  {
    name: "agent object objectType lower-case",
    edit: (s) => (s.object = { objectType: "agent", mbox: "mailto:bob@example.org" }),
    expect:
      "object.objectType: must be one of Activity, Agent, Group, SubStatement, StatementRef (case-sensitive)",
  },
  {
    name: "object not an object",
    edit: (s) => (s.object = "https://example.org/a"),
    expect:
      "object: must be an Activity, Agent, Group, SubStatement or StatementRef (a JSON object)",
  },
  // activities
  {
    name: "activity without id",
    edit: (s) => (s.object = { objectType: "Activity" }),
    expect: "object.id: is required",
  },
  {
    name: "activity id bad scheme",
    edit: (s) => (s.object.id = "ab=c://should.fail.com"),
    expect: "object.id: must be an IRI (absolute, with a scheme such as http:)",
  },
  {
    name: "activity id without scheme",
    edit: (s) => (s.object.id = "courses.example.org/negotiation"),
    expect: "object.id: must be an IRI (absolute, with a scheme such as http:)",
  },
  {
    name: "definition not an object",
    edit: (s) => (s.object.definition = "should error"),
    expect: "object.definition: must be a JSON object",
  },
  {
    name: "definition name numeric",
    edit: (s) => (s.object.definition = { name: 12345 }),
    expect:
      "object.definition.name: must be a language map (keys are RFC 5646 language tags, values strings)",
  },
  {
    name: "definition description string",
    edit: (s) => (s.object.definition = { description: "x" }),
    expect:
      "object.definition.description: must be a language map (keys are RFC 5646 language tags, values strings)",
  },
  {
    name: "definition type not an IRI",
    edit: (s) => (s.object.definition = { type: "should error" }),
    expect: "object.definition.type: must be an IRI (absolute, with a scheme such as http:)",
  },
  {
    name: "definition moreInfo not an IRL",
    edit: (s) => (s.object.definition = { moreInfo: "should error" }),
    expect:
      "object.definition.moreInfo: must be an IRL (an absolute IRI with a scheme such as http:)",
  },
  {
    name: "definition moreInfo null",
    edit: (s) => (s.object.definition = { moreInfo: null }),
    expect: "object.definition.moreInfo: must not be null (null is only allowed inside extensions)",
  },
  {
    name: "definition extensions string",
    edit: (s) => (s.object.definition = { extensions: "should error" }),
    expect:
      "object.definition.extensions: must be a JSON object (a map from IRIs to any JSON values)",
  },
  {
    name: "definition extension key not an IRI",
    edit: (s) => (s.object.definition = { extensions: { "not.valid.com/extension": 1234 } }),
    expect:
      'object.definition.extensions["not.valid.com/extension"]: is not an IRI: extension keys must be IRIs',
  },
  {
    name: "definition extensions null",
    edit: (s) => (s.object.definition = { extensions: null }),
    expect:
      "object.definition.extensions: must not be null (null is only allowed inside extensions)",
  },
  {
    name: "definition unknown property",
    edit: (s) => (s.object.definition = { Name: { en: "x" } }),
    expect:
      'object.definition.Name: is not a property of an Activity definition (property names are case-sensitive: did you mean "name"?)',
  },
  {
    name: "interactionType wrong case",
    edit: (s) =>
      (s.object.definition = {
        ...interactionDefinitions()["true-false"],
        interactionType: "true-faLse",
      }),
    expect: `object.definition.interactionType: must be one of ${INTERACTION_TYPES.join(", ")}`,
  },
  {
    name: "interactionType numeric",
    edit: (s) => (s.object.definition = { interactionType: 12345 }),
    expect: `object.definition.interactionType: must be one of ${INTERACTION_TYPES.join(", ")}`,
  },
  {
    name: "correctResponsesPattern without interactionType",
    edit: (s) => (s.object.definition = { correctResponsesPattern: ["true"] }),
    expect:
      "object.definition.interactionType: is required when correctResponsesPattern, choices, scale, source, target or steps is present",
  },
  {
    name: "choices without interactionType",
    edit: (s) => {
      const { interactionType: _, ...d } = interactionDefinitions().choice;
      s.object.definition = d;
    },
    expect:
      "object.definition.interactionType: is required when correctResponsesPattern, choices, scale, source, target or steps is present",
  },
  {
    name: "correctResponsesPattern not an array",
    edit: (s) =>
      (s.object.definition = { interactionType: "fill-in", correctResponsesPattern: "x" }),
    expect: "object.definition.correctResponsesPattern: must be an array of strings",
  },
  {
    name: "correctResponsesPattern with a number",
    edit: (s) =>
      (s.object.definition = { interactionType: "numeric", correctResponsesPattern: [4] }),
    expect: "object.definition.correctResponsesPattern[0]: must be a string",
  },
  {
    name: "choices on a true-false",
    edit: (s) => (s.object.definition = { interactionType: "true-false", choices: [{ id: "a" }] }),
    expect:
      'object.definition.choices: is not allowed when interactionType is "true-false" (it takes no interaction component lists)',
  },
  {
    name: "scale on a choice",
    edit: (s) =>
      (s.object.definition = { ...interactionDefinitions().choice, scale: [{ id: "a" }] }),
    expect:
      'object.definition.scale: is not allowed when interactionType is "choice" (only choices)',
  },
  {
    name: "steps on a matching",
    edit: (s) =>
      (s.object.definition = { ...interactionDefinitions().matching, steps: [{ id: "a" }] }),
    expect:
      'object.definition.steps: is not allowed when interactionType is "matching" (only source and target)',
  },
  {
    name: "duplicate component ids",
    edit: (s) =>
      (s.object.definition = { interactionType: "choice", choices: [{ id: "a" }, { id: "a" }] }),
    expect: 'object.definition.choices[1].id: must be unique within choices ("a" is repeated)',
  },
  {
    name: "component without id",
    edit: (s) =>
      (s.object.definition = { interactionType: "likert", scale: [{ description: { en: "x" } }] }),
    expect: "object.definition.scale[0].id: is required",
  },
  {
    name: "component with empty id",
    edit: (s) => (s.object.definition = { interactionType: "performance", steps: [{ id: "" }] }),
    expect: "object.definition.steps[0].id: must be a non-empty string",
  },
  {
    name: "component description bad tag",
    edit: (s) =>
      (s.object.definition = {
        interactionType: "sequencing",
        choices: [{ id: "a", description: { something: "x" } }],
      }),
    expect:
      'object.definition.choices[0].description: must be a language map (keys are RFC 5646 language tags, values strings); "something" is not a language tag',
  },
  {
    name: "component extra property",
    edit: (s) =>
      (s.object.definition = { interactionType: "matching", source: [{ id: "a", name: "x" }] }),
    expect: "object.definition.source[0].name: is not a property of an interaction component",
  },
  {
    name: "components not an array",
    edit: (s) => (s.object.definition = { interactionType: "matching", target: { id: "a" } }),
    expect:
      "object.definition.target: must be an array of interaction components ({ id, description })",
  },
  // statement references
  {
    name: "StatementRef without id",
    edit: (s) => (s.object = { objectType: "StatementRef" }),
    expect: "object.id: is required",
  },
  {
    name: "StatementRef id not a UUID",
    edit: (s) => (s.object = { objectType: "StatementRef", id: "should fail" }),
    expect: "object.id: must be a UUID (8-4-4-4-12 hex digits)",
  },
  {
    name: "StatementRef extra property",
    edit: (s) => (s.object = { objectType: "StatementRef", id: UUID_A, definition: {} }),
    expect: "object.definition: is not a property of a StatementRef",
  },
  // SubStatements
  {
    name: "SubStatement objectType lower-case",
    base: subStatementStatement,
    edit: (s) => (s.object.objectType = "substatement"),
    expect:
      "object.objectType: must be one of Activity, Agent, Group, SubStatement, StatementRef (case-sensitive)",
  },
  {
    name: "SubStatement without actor",
    base: subStatementStatement,
    edit: (s) => delete s.object.actor,
    expect: "object.actor: is required",
  },
  {
    name: "SubStatement without verb",
    base: subStatementStatement,
    edit: (s) => delete s.object.verb,
    expect: "object.verb: is required",
  },
  {
    name: "SubStatement without object",
    base: subStatementStatement,
    edit: (s) => delete s.object.object,
    expect: "object.object: is required",
  },
  {
    name: "SubStatement with id",
    base: subStatementStatement,
    edit: (s) => (s.object.id = UUID_A),
    expect: "object.id: must not be used in a SubStatement",
  },
  {
    name: "SubStatement with stored",
    base: subStatementStatement,
    edit: (s) => (s.object.stored = "2013-05-18T05:32:34.804Z"),
    expect: "object.stored: must not be used in a SubStatement",
  },
  {
    name: "SubStatement with version",
    base: subStatementStatement,
    edit: (s) => (s.object.version = "1.0.0"),
    expect: "object.version: must not be used in a SubStatement",
  },
  {
    name: "SubStatement with authority",
    base: subStatementStatement,
    edit: (s) => (s.object.authority = agent()),
    expect: "object.authority: must not be used in a SubStatement",
  },
  {
    name: "nested SubStatement",
    base: subStatementStatement,
    edit: (s) => (s.object.object = { ...(subStatementStatement().object as TObj) }),
    expect:
      "object.object: must not be a SubStatement: a SubStatement cannot contain another SubStatement",
  },
  {
    name: "SubStatement timestamp -00:00",
    base: subStatementStatement,
    edit: (s) => (s.object.timestamp = "2008-09-15T15:53:00.601-00:00"),
    expect:
      "object.timestamp: must be an ISO 8601 timestamp (e.g. 2013-05-18T05:32:34.804Z); a -00:00 offset is not allowed",
    versions: ["1.0.3"],
  },
  {
    name: "SubStatement invalid actor",
    base: subStatementStatement,
    edit: (s) => (s.object.actor = { objectType: "Agent" }),
    expect:
      "object.actor: must identify the agent with exactly one of mbox, mbox_sha1sum, openid, account (found 0)",
  },
  {
    name: "SubStatement unknown property",
    base: subStatementStatement,
    edit: (s) => (s.object.extra = 1),
    expect: "object.extra: is not a property of a SubStatement",
  },
  // result and score
  {
    name: "success as a string",
    edit: (s) => (s.result = { success: "true" }),
    expect: "result.success: must be a boolean (true or false, not a string)",
  },
  {
    name: "completion as a string",
    edit: (s) => (s.result = { completion: "false" }),
    expect: "result.completion: must be a boolean (true or false, not a string)",
  },
  {
    name: "response numeric",
    edit: (s) => (s.result = { response: 12345 }),
    expect: "result.response: must be a string",
  },
  {
    name: "duration invalid",
    edit: (s) => (s.result = { duration: "PA1H0M0S" }),
    expect: "result.duration: must be an ISO 8601 duration (e.g. PT1H30M15.5S or P4W)",
  },
  {
    name: "duration weeks and days",
    edit: (s) => (s.result = { duration: "P4W1D" }),
    expect: "result.duration: must be an ISO 8601 duration (e.g. PT1H30M15.5S or P4W)",
  },
  {
    name: "duration numeric",
    edit: (s) => (s.result = { duration: 12345 }),
    expect:
      "result.duration: must be an ISO 8601 duration (e.g. PT1H30M15.5S or P4W); found a number",
  },
  {
    name: "result extensions string",
    edit: (s) => (s.result = { extensions: "should fail" }),
    expect: "result.extensions: must be a JSON object (a map from IRIs to any JSON values)",
  },
  {
    name: "result extension key not an IRI",
    edit: (s) => (s.result = { extensions: { "example.com/extension/wrong": 1234 } }),
    expect:
      'result.extensions["example.com/extension/wrong"]: is not an IRI: extension keys must be IRIs',
  },
  {
    name: "result unknown property",
    edit: (s) => (s.result = { grade: "A" }),
    expect: "result.grade: is not a property of a result",
  },
  {
    name: "score numeric",
    edit: (s) => (s.result = { score: 12345 }),
    expect: "result.score: must be a JSON object",
  },
  {
    name: "score max as a string",
    edit: (s) => (s.result = { score: { max: "100" } }),
    expect: "result.score.max: must be a number (not a string)",
  },
  {
    name: "scaled above 1",
    edit: (s) => (s.result = { score: { scaled: 1.01 } }),
    expect: "result.score.scaled: must be between -1 and 1",
  },
  {
    name: "scaled below -1",
    edit: (s) => (s.result = { score: { scaled: -1.5 } }),
    expect: "result.score.scaled: must be between -1 and 1",
  },
  {
    name: "raw above max",
    edit: (s) => (s.result = { score: { raw: 0.6767676, max: 0.6567676 } }),
    expect:
      "result.score.raw: must be between min and max (0.6767676 is greater than max 0.6567676)",
  },
  {
    name: "raw below min",
    edit: (s) => (s.result = { score: { raw: 0.6767676, min: 1.4067676 } }),
    expect: "result.score.raw: must be between min and max (0.6767676 is less than min 1.4067676)",
  },
  {
    name: "min above max",
    edit: (s) => (s.result = { score: { min: 104.6767676, max: 100.6767676 } }),
    expect: "result.score.min: must be less than max (104.6767676 is not less than 100.6767676)",
  },
  {
    name: "min equal to max",
    edit: (s) => (s.result = { score: { min: 5, max: 5 } }),
    expect: "result.score.min: must be less than max (5 is not less than 5)",
  },
  {
    name: "score unknown property",
    edit: (s) => (s.result = { score: { percent: 50 } }),
    expect: "result.score.percent: is not a property of a score",
  },
  // context
  {
    name: "registration not a UUID",
    edit: (s) => (s.context = { registration: "should fail" }),
    expect: "context.registration: must be a UUID (8-4-4-4-12 hex digits)",
  },
  {
    name: "registration null",
    edit: (s) => (s.context = { registration: null }),
    expect: "context.registration: must not be null (null is only allowed inside extensions)",
  },
  {
    name: "instructor not an agent",
    edit: (s) => (s.context = { instructor: { key: "should fail" } }),
    expect: "context.instructor.key: is not a property of an Agent",
  },
  {
    name: "instructor string",
    edit: (s) => (s.context = { instructor: "should fail" }),
    expect: "context.instructor: must be an Agent or a Group (a JSON object)",
  },
  {
    name: "team is an agent",
    edit: (s) => (s.context = { team: agent() }),
    expect: 'context.team.objectType: must be "Group"',
  },
  {
    name: "team without objectType",
    edit: (s) => (s.context = { team: { mbox: "mailto:t@example.org" } }),
    expect: 'context.team.objectType: is required and must be "Group"',
  },
  {
    name: "team anonymous without members",
    edit: (s) => (s.context = { team: { objectType: "Group" } }),
    expect:
      "context.team.member: is required, with at least one Agent, in an anonymous Group (one without mbox, mbox_sha1sum, openid or account)",
  },
  {
    name: "contextActivities string",
    edit: (s) => (s.context = { contextActivities: "should fail" }),
    expect:
      "context.contextActivities: must be a JSON object with parent, grouping, category or other",
  },
  {
    name: "contextActivities unknown key",
    edit: (s) =>
      (s.context = { contextActivities: { consequences: { id: "https://example.org/a" } } }),
    expect:
      "context.contextActivities.consequences: is not a property of contextActivities (allowed: parent, grouping, category, other)",
  },
  {
    name: "contextActivities value not an activity",
    edit: (s) =>
      (s.context = {
        contextActivities: { other: [{ id: "https://example.org/a" }, { key: "should fail" }] },
      }),
    expect: "context.contextActivities.other[1].key: is not a property of an Activity",
  },
  {
    name: "contextActivities value a string",
    edit: (s) => (s.context = { contextActivities: { parent: "https://example.org/a" } }),
    expect: "context.contextActivities.parent: must be an Activity or an array of Activities",
  },
  {
    name: "contextActivities activity of another type",
    edit: (s) =>
      (s.context = {
        contextActivities: { parent: { objectType: "Agent", mbox: "mailto:a@b.org" } },
      }),
    expect: 'context.contextActivities.parent.objectType: must be "Activity" (case-sensitive)',
  },
  {
    name: "revision numeric",
    edit: (s) => (s.context = { revision: 12345 }),
    expect: "context.revision: must be a string",
  },
  {
    name: "platform object",
    edit: (s) => (s.context = { platform: { key: "x" } }),
    expect: "context.platform: must be a string",
  },
  {
    name: "revision with an Agent object",
    edit: (s) => {
      s.object = agent("b@x.org");
      s.context = { revision: "1" };
    },
    expect: "context.revision: must only be used when the statement's object is an Activity",
  },
  {
    name: "platform with a StatementRef object",
    edit: (s) => {
      s.object = { objectType: "StatementRef", id: UUID_A };
      s.context = { platform: "LMS" };
    },
    expect: "context.platform: must only be used when the statement's object is an Activity",
  },
  {
    name: "platform with a SubStatement object",
    base: subStatementStatement,
    edit: (s) => (s.context = { platform: "LMS" }),
    expect: "context.platform: must only be used when the statement's object is an Activity",
  },
  {
    name: "revision in a SubStatement about a Group",
    base: subStatementStatement,
    edit: (s) => (s.object.object = { objectType: "Group", mbox: "mailto:g@x.org" }),
    expect: "object.context.revision: must only be used when the statement's object is an Activity",
  },
  {
    name: "language invalid",
    edit: (s) => (s.context = { language: "something" }),
    expect: "context.language: must be an RFC 5646 language tag (e.g. en, en-US, zh-Hant)",
  },
  {
    name: "language object",
    edit: (s) => (s.context = { language: { a12345: "x" } }),
    expect:
      "context.language: must be an RFC 5646 language tag (e.g. en, en-US, zh-Hant); found an object",
  },
  {
    name: "statement ref lower-case",
    edit: (s) => (s.context = { statement: { objectType: "statementref", id: UUID_A } }),
    expect: 'context.statement.objectType: must be "StatementRef" (case-sensitive)',
  },
  {
    name: "statement ref without objectType",
    edit: (s) => (s.context = { statement: { id: UUID_A } }),
    expect: "context.statement.objectType: is required",
  },
  {
    name: "statement ref bad id",
    edit: (s) => (s.context = { statement: { objectType: "StatementRef", id: 12345 } }),
    expect: "context.statement.id: must be a UUID (8-4-4-4-12 hex digits); found a number",
  },
  {
    name: "context extension key not an IRI",
    edit: (s) => (s.context = { extensions: { "should fail": true } }),
    expect: 'context.extensions["should fail"]: is not an IRI: extension keys must be IRIs',
  },
  // contextAgents and contextGroups (2.0.0)
  {
    name: "contextAgent wrong objectType",
    edit: (s) => (s.context = { contextAgents: [{ objectType: "Should fail", agent: agent() }] }),
    expect: 'context.contextAgents[0].objectType: must be "contextAgent" (case-sensitive)',
    versions: ["2.0.0"],
  },
  {
    name: "contextAgent without objectType",
    edit: (s) => (s.context = { contextAgents: [{ agent: agent() }] }),
    expect: "context.contextAgents[0].objectType: is required",
    versions: ["2.0.0"],
  },
  {
    name: "contextAgent invalid agent",
    edit: (s) =>
      (s.context = {
        contextAgents: [{ objectType: "contextAgent", agent: { key: "Should fail" } }],
      }),
    expect: "context.contextAgents[0].agent.key: is not a property of an Agent",
    versions: ["2.0.0"],
  },
  {
    name: "contextAgent without agent",
    edit: (s) => (s.context = { contextAgents: [{ objectType: "contextAgent" }] }),
    expect: "context.contextAgents[0].agent: is required",
    versions: ["2.0.0"],
  },
  {
    name: "contextAgent with a group",
    edit: (s) =>
      (s.context = {
        contextAgents: [
          { objectType: "contextAgent", agent: { objectType: "Group", mbox: "mailto:g@x.org" } },
        ],
      }),
    expect:
      'context.contextAgents[0].agent.objectType: must be "Agent" (a Group cannot contain Groups)',
    versions: ["2.0.0"],
  },
  {
    name: "contextAgent empty relevantTypes",
    edit: (s) =>
      (s.context = {
        contextAgents: [{ objectType: "contextAgent", agent: agent(), relevantTypes: [] }],
      }),
    expect: "context.contextAgents[0].relevantTypes: must be a non-empty array of IRIs",
    versions: ["2.0.0"],
  },
  {
    name: "contextAgent relevantTypes not IRIs",
    edit: (s) =>
      (s.context = {
        contextAgents: [{ objectType: "contextAgent", agent: agent(), relevantTypes: ["abc"] }],
      }),
    expect:
      "context.contextAgents[0].relevantTypes[0]: must be an IRI (absolute, with a scheme such as http:)",
    versions: ["2.0.0"],
  },
  {
    name: "contextAgents not an array",
    edit: (s) => (s.context = { contextAgents: { objectType: "contextAgent", agent: agent() } }),
    expect: "context.contextAgents: must be an array of contextAgent objects",
    versions: ["2.0.0"],
  },
  {
    name: "contextGroup wrong objectType",
    edit: (s) =>
      (s.context = {
        contextGroups: [
          { objectType: "Should fail", group: { objectType: "Group", mbox: "mailto:t@x.org" } },
        ],
      }),
    expect: 'context.contextGroups[0].objectType: must be "contextGroup" (case-sensitive)',
    versions: ["2.0.0"],
  },
  {
    name: "contextGroup invalid group",
    edit: (s) =>
      (s.context = {
        contextGroups: [{ objectType: "contextGroup", group: { key: "Should fail" } }],
      }),
    expect: 'context.contextGroups[0].group.objectType: is required and must be "Group"',
    versions: ["2.0.0"],
  },
  {
    name: "contextGroup empty relevantTypes",
    edit: (s) =>
      (s.context = {
        contextGroups: [
          {
            objectType: "contextGroup",
            group: { objectType: "Group", mbox: "mailto:t@x.org" },
            relevantTypes: [],
          },
        ],
      }),
    expect: "context.contextGroups[0].relevantTypes: must be a non-empty array of IRIs",
    versions: ["2.0.0"],
  },
  {
    name: "contextGroup extra property",
    edit: (s) =>
      (s.context = {
        contextGroups: [
          {
            objectType: "contextGroup",
            group: { objectType: "Group", mbox: "mailto:t@x.org" },
            member: [],
          },
        ],
      }),
    expect: "context.contextGroups[0].member: is not a property of a contextGroup",
    versions: ["2.0.0"],
  },
  // attachments
  {
    name: "attachments not an array",
    edit: (s) => (s.attachments = attachment()),
    expect: "attachments: must be an array of attachment objects",
  },
  {
    name: "attachment numeric",
    edit: (s) => (s.attachments = [12345]),
    expect: "attachments[0]: must be an attachment (a JSON object)",
  },
  {
    name: "attachment usageType not an IRI",
    edit: (s) => (s.attachments = [{ ...attachment(), usageType: "should fail" }]),
    expect: "attachments[0].usageType: must be an IRI (absolute, with a scheme such as http:)",
  },
  {
    name: "attachment contentType numeric",
    edit: (s) => (s.attachments = [{ ...attachment(), contentType: 12345 }]),
    expect:
      "attachments[0].contentType: must be an Internet media type (e.g. text/plain); found a number",
  },
  {
    name: "attachment length string",
    edit: (s) => (s.attachments = [{ ...attachment(), length: "should fail" }]),
    expect: "attachments[0].length: must be a non-negative integer (the length in octets)",
  },
  {
    name: "attachment length fractional",
    edit: (s) => (s.attachments = [{ ...attachment(), length: 2.5 }]),
    expect: "attachments[0].length: must be a non-negative integer (the length in octets)",
  },
  {
    name: "attachment sha2 numeric",
    edit: (s) => (s.attachments = [{ ...attachment(), sha2: 12345 }]),
    expect: "attachments[0].sha2: must be a non-empty string (the SHA-2 hash of the attachment)",
  },
  {
    name: "attachment fileUrl not an IRL",
    edit: (s) => (s.attachments = [{ ...attachment(), fileUrl: "should fail" }]),
    expect: "attachments[0].fileUrl: must be an IRL (an absolute IRI with a scheme such as http:)",
  },
  {
    name: "attachment display string",
    edit: (s) => (s.attachments = [{ ...attachment(), display: "should fail" }]),
    expect:
      "attachments[0].display: must be a language map (keys are RFC 5646 language tags, values strings)",
  },
  {
    name: "attachment description bad tag",
    edit: (s) => (s.attachments = [{ ...attachment(), description: { something: "x" } }]),
    expect:
      'attachments[0].description: must be a language map (keys are RFC 5646 language tags, values strings); "something" is not a language tag',
  },
  {
    name: "attachment without display",
    edit: (s) => {
      const { display: _, ...a } = attachment();
      s.attachments = [a];
    },
    expect: "attachments[0].display: is required",
  },
  {
    name: "attachment without sha2",
    edit: (s) => {
      const { sha2: _, ...a } = attachment();
      s.attachments = [a];
    },
    expect: "attachments[0].sha2: is required",
  },
  {
    name: "attachment extra property",
    edit: (s) => (s.attachments = [{ ...attachment(), data: "x" }]),
    expect: "attachments[0].data: is not a property of an attachment",
  },
  // key case
  ...[
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
  ].map((key): TCase => ({
    name: `mis-cased ${key}`,
    edit: (s) => (s[key.toUpperCase()] = 1),
    expect: `${key.toUpperCase()}: is not a property of a statement (property names are case-sensitive: did you mean "${key}"?)`,
  })),
];

describe("invalid statements", () => {
  it.each(INVALID.map((c) => [c.name, c] as const))("rejects %s", (_name, c) => {
    expectProblem(withStatement(c.edit, c.base), c.expect, c.versions);
  });

  it("2.0.0 reports its own timestamp rule", () => {
    expectProblem(
      withStatement((s) => (s.timestamp = "should fail")),
      "timestamp: must be an RFC 3339 timestamp with a time zone offset (e.g. 2013-05-18T05:32:34.804Z); -00:00 is not allowed",
      ["2.0.0"],
    );
  });
});

describe("throughput", () => {
  it("validates 10,000 copies of a rich statement without problems", () => {
    const statements = Array.from({ length: 10_000 }, () => richStatement());
    let count = 0;
    for (const s of statements) count += validateStatement(s, { version: "2.0.0" }).length;
    expect(count).toBe(0);
  });
});
