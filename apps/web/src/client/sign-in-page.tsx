"use client";

import { SignInForm } from "@xroi/ui";
import { useRouter } from "next/navigation";
import { authClient } from "./auth-client";

/** Only same-site paths: `?next=https://evil.example` must not become an open redirect. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function SignInPage({ next }: { next?: string }) {
  const router = useRouter();
  return (
    <SignInForm
      signIn={async (values) => {
        const { error } = await authClient.signIn.email(values);
        if (!error) {
          router.replace(safeNext(next));
          router.refresh();
          return undefined;
        }
        if (error.status === 429 || error.status === 403)
          return error.message ?? "Sign-in refused.";
        // One message for unknown email and wrong password, so neither is revealed.
        return "That email and password do not match an active account.";
      }}
    />
  );
}
