/**
 * Statements for the validator tests. Each function returns a fresh object the test may mutate.
 * Written for these tests (they follow the shapes in the xAPI specification's examples).
 */
import type { INTERACTION_TYPES } from "./statement";

type TObj = Record<string, unknown>;
type TInteractionType = (typeof INTERACTION_TYPES)[number];

export const UUID_A = "c3c3a5e2-8a44-4c4b-9d5f-1f0e2d3c4b5a";
export const UUID_B = "7a1d2e3f-4b5c-4d6e-8f70-8192a3b4c5d6";

export function agent(email = "ana@example.org"): TObj {
  return { objectType: "Agent", name: "Ana", mbox: `mailto:${email}` };
}

export function minimalStatement(): TObj {
  return {
    actor: { mbox: "mailto:ana@example.org" },
    verb: { id: "http://adlnet.gov/expapi/verbs/experienced" },
    object: { id: "https://courses.example.org/negotiation" },
  };
}

/** The definitions of an interaction Activity for every interactionType. */
export function interactionDefinitions(): Record<TInteractionType, TObj> {
  const components = (ids: string[]): TObj[] =>
    ids.map((id) => ({ id, description: { "en-US": `Option ${id}` } }));
  const base = (interactionType: string, extra: TObj): TObj => ({
    name: { "en-US": `A ${interactionType} question` },
    description: { "en-US": "Answer the question." },
    type: "http://adlnet.gov/expapi/activities/cmi.interaction",
    interactionType,
    ...extra,
  });
  return {
    "true-false": base("true-false", { correctResponsesPattern: ["true"] }),
    choice: base("choice", {
      correctResponsesPattern: ["a[,]c"],
      choices: components(["a", "b", "c"]),
    }),
    "fill-in": base("fill-in", { correctResponsesPattern: ["{case_matters=false}Paris"] }),
    "long-fill-in": base("long-fill-in", { correctResponsesPattern: ["{lang=en}An essay"] }),
    matching: base("matching", {
      correctResponsesPattern: ["x[.]1[,]y[.]2"],
      source: components(["x", "y"]),
      target: components(["1", "2"]),
    }),
    performance: base("performance", {
      correctResponsesPattern: ["step1[.]1:5[,]step2[.]ok"],
      steps: components(["step1", "step2"]),
    }),
    sequencing: base("sequencing", {
      correctResponsesPattern: ["b[,]a[,]c"],
      choices: components(["a", "b", "c"]),
    }),
    likert: base("likert", {
      correctResponsesPattern: ["likert_3"],
      scale: components(["likert_1", "likert_2", "likert_3"]),
    }),
    numeric: base("numeric", { correctResponsesPattern: ["4[:]6"] }),
    other: base("other", { correctResponsesPattern: ["(35.9,-86.8)"] }),
  };
}

/** An attachment header (the signature of a signed statement). */
export function attachment(): TObj {
  return {
    usageType: "http://adlnet.gov/expapi/attachments/signature",
    display: { "en-US": "Signature" },
    description: { "en-US": "JWS signature" },
    contentType: "application/octet-stream",
    length: 4235,
    sha2: "672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634",
    fileUrl: "https://files.example.org/sig",
  };
}

/** A statement using nearly every property of the data model (valid in 2.0.0 and 1.0.3). */
export function richStatement(): TObj {
  return {
    id: UUID_A,
    actor: {
      objectType: "Group",
      name: "Sales team",
      account: { homePage: "https://lms.example.org", name: "team-42" },
      member: [
        agent("ana@example.org"),
        { mbox_sha1sum: "ebd31e95054c018b10727ccffd2ef2ec3a016ee9" },
      ],
    },
    verb: {
      id: "http://adlnet.gov/expapi/verbs/answered",
      display: { "en-US": "answered", "de-DE": "beantwortete", "zh-Hant": "回答" },
    },
    object: {
      objectType: "Activity",
      id: "https://courses.example.org/negotiation/q1",
      definition: {
        ...interactionDefinitions().choice,
        moreInfo: "https://courses.example.org/negotiation/q1/info",
        extensions: { "https://example.org/xapi/difficulty": { level: 3, tags: ["core", null] } },
      },
    },
    result: {
      score: { scaled: 0.75, raw: 15, min: 0, max: 20 },
      success: true,
      completion: true,
      response: "a[,]c",
      duration: "PT4M35.14S",
      extensions: { "https://example.org/xapi/attempts": 2 },
    },
    context: {
      registration: UUID_B,
      instructor: { objectType: "Agent", openid: "https://id.example.org/bob" },
      team: { objectType: "Group", mbox: "mailto:sales@example.org" },
      contextActivities: {
        parent: [{ id: "https://courses.example.org/negotiation" }],
        grouping: [{ objectType: "Activity", id: "https://courses.example.org/sales-academy" }],
        category: [
          {
            id: "https://w3id.org/xapi/cmi5/context/categories/cmi5",
            definition: { type: "http://adlnet.gov/expapi/activities/profile" },
          },
        ],
        other: [{ id: "https://courses.example.org/handbook" }],
      },
      revision: "3",
      platform: "Example LMS",
      language: "en-US",
      statement: { objectType: "StatementRef", id: "6b2f9c2a-1111-4a2b-8c3d-4e5f60718293" },
      extensions: { "https://example.org/xapi/cohort": "2024-spring" },
    },
    timestamp: "2024-03-05T10:15:30.123+01:00",
    stored: "2024-03-05T09:15:31.000Z",
    authority: {
      objectType: "Agent",
      account: { homePage: "https://lrs.example.org", name: "client-7" },
    },
    version: "1.0.0",
    attachments: [attachment()],
  };
}

/** A valid statement whose object is a SubStatement. */
export function subStatementStatement(): TObj {
  return {
    actor: agent(),
    verb: { id: "http://example.org/verbs/planned", display: { en: "planned" } },
    object: {
      objectType: "SubStatement",
      actor: agent(),
      verb: { id: "http://example.org/verbs/visited", display: { en: "will visit" } },
      object: { objectType: "Activity", id: "https://example.org/website" },
      result: { completion: false },
      context: {
        contextActivities: { parent: { id: "https://example.org/site" } },
        revision: "1",
      },
      timestamp: "2031-12-01T14:33:48.898Z",
      attachments: [],
    },
  };
}
