import type { TLrsContext } from "./http/context";
import { activityProfileRoute, agentProfileRoute, stateRoute } from "./documents/routes";
import { getExport } from "./export/resource";
import { getActivity } from "./resources/activities";
import { getAgents } from "./resources/agents";
import { getStatements, postStatements, putStatement } from "./statements/resource";

type THandler = (ctx: TLrsContext) => Promise<Response>;
export type TMethod = "GET" | "PUT" | "POST" | "DELETE";
export type TRoute = {
  methods: Partial<Record<TMethod, THandler>>;
  /** Statement reads say up to when the results are complete (X-Experience-API-Consistent-Through). */
  consistentThrough?: boolean;
};

/** Every resource under the base path, and the methods it answers. */
export const ROUTES: Record<string, TRoute> = {
  "/statements": {
    methods: { GET: getStatements, PUT: putStatement, POST: postStatements },
    consistentThrough: true,
  },
  "/activities": { methods: { GET: getActivity } },
  "/agents": { methods: { GET: getAgents } },
  "/activities/state": { methods: stateRoute },
  "/activities/profile": { methods: activityProfileRoute },
  "/agents/profile": { methods: agentProfileRoute },
  "/export": { methods: { GET: getExport } },
};
