import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@xroi/api/client";

/** The screens' only way to the server: the same hooks over HTTP (web) or IPC (desktop). */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
