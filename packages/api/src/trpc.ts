import { initTRPC, TRPCError } from "@trpc/server";
import { DomainError } from "@xroi/core";
import {
  describeZodError,
  fieldErrorsFrom,
  ROLE_LABELS,
  roleAllows,
  type TFieldErrors,
  type TRole,
} from "@xroi/validators";
import superjson from "superjson";
import { ZodError } from "zod";
import type { TContext } from "./context";

function zodCause(error: TRPCError): ZodError | undefined {
  return error.cause instanceof ZodError ? error.cause : undefined;
}

const t = initTRPC.context<TContext>().create({
  transformer: superjson,
  // Never send stack traces, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const zod = zodCause(error);
    const domainField = error.cause instanceof DomainError ? error.cause.field : undefined;
    let fieldErrors: TFieldErrors | undefined;
    if (zod) fieldErrors = fieldErrorsFrom(zod);
    else if (domainField) fieldErrors = { [domainField]: error.message };
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? "Something went wrong on our side. The error was logged; please try again."
        : zod
          ? describeZodError(zod)
          : shape.message;
    return {
      ...shape,
      message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns expected failures from core into the matching tRPC code, keeping the field they name. */
const domainErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError)
      throw new TRPCError({ code: cause.code, message: cause.message, cause });
    if (cause instanceof ZodError)
      throw new TRPCError({ code: "BAD_REQUEST", message: describeZodError(cause), cause });
    if (result.error.code === "INTERNAL_SERVER_ERROR")
      console.error(`[trpc] ${path} failed:`, result.error.cause ?? result.error);
  }
  return result;
});

/** Open to anyone: only the health check uses it. */
export const publicProcedure = t.procedure.use(domainErrors);

function requireRole(required: TRole) {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
    if (!roleAllows(ctx.user.role, required)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `This needs the ${ROLE_LABELS[required]} role; you are signed in as ${ROLE_LABELS[ctx.user.role]}.`,
      });
    }
    return next({ ctx: { ...ctx, user: ctx.user } });
  });
}

/** Any signed-in, active user. */
export const viewerProcedure = publicProcedure.use(requireRole("viewer"));
/** Analysts (and admins): reports, outcomes, cohorts. */
export const analystProcedure = publicProcedure.use(requireRole("analyst"));
/** Privacy leads (and admins): consent rules, erasure and access requests. */
export const privacyLeadProcedure = publicProcedure.use(requireRole("privacy_lead"));
/** Admins: users, skill map, taxonomy, credentials. */
export const adminProcedure = publicProcedure.use(requireRole("admin"));
