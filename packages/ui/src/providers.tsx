import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { TRPCClient } from "@trpc/client";
import type { AppRouter } from "@xroi/api/client";
import { useState, type ReactNode } from "react";
import { TRPCProvider } from "./trpc";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying a refused or invalid call only repeats the refusal.
        retry: (failureCount, error) => {
          const code = (error as { data?: { code?: string } }).data?.code;
          if (code && code !== "INTERNAL_SERVER_ERROR") return false;
          return failureCount < 2;
        },
      },
    },
  });
}

/** Wraps a shell's tree with TanStack Query and the tRPC client that shell built. */
export function XroiProviders({
  trpcClient,
  children,
}: {
  trpcClient: TRPCClient<AppRouter>;
  children: ReactNode;
}) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
