"use client";

import { createTRPCClient } from "@trpc/client";
import type { AppRouter } from "@xroi/api/client";
import { transformer } from "@xroi/api/client";
import { webLinks, XroiApp, XroiProviders, type TShellUser } from "@xroi/ui";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "./auth-client";

/** The signed-in web app: the shared XroiApp on Next's router, tRPC over HTTP. */
export function WebApp({ user }: { user: TShellUser }) {
  const router = useRouter();
  const pathname = usePathname();
  const [trpcClient] = useState(() =>
    // Batched calls; import uploads one by one with their progress; subscriptions as server-sent events.
    createTRPCClient<AppRouter>({ links: webLinks({ url: "/api/trpc", transformer }) }),
  );
  const signOut = async () => {
    await authClient.signOut();
    router.replace("/sign-in");
    router.refresh();
  };
  return (
    <XroiProviders trpcClient={trpcClient}>
      <XroiApp
        user={user}
        currentPath={pathname}
        navigate={(path) => router.push(path)}
        onSignOut={signOut}
      />
    </XroiProviders>
  );
}
