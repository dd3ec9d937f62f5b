import { healthRouter } from "./routers/health";
import { identityImportRouter } from "./routers/identity-import";
import { ledgerRouter } from "./routers/ledger";
import { lrsRouter } from "./routers/lrs";
import { meRouter } from "./routers/me";
import { peopleRouter } from "./routers/people";
import { qualityRouter } from "./routers/quality";
import { skillsRouter } from "./routers/skills";
import { taxonomyRouter } from "./routers/taxonomy";
import { usersRouter } from "./routers/users";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/** Every area's router. A new area adds one line here and one file in routers/. */
export const appRouter = createTRPCRouter({
  health: healthRouter,
  identityImport: identityImportRouter,
  ledger: ledgerRouter,
  lrs: lrsRouter,
  me: meRouter,
  people: peopleRouter,
  quality: qualityRouter,
  skills: skillsRouter,
  taxonomy: taxonomyRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
