"use client";

import { SignInForm } from "@xroi/ui";
import { useRouter } from "next/navigation";
import { authClient } from "./auth-client";
import { safeNext } from "./safe-next";

export function SignInPage({ next }: { next?: string }) {
  const router = useRouter();
  return (
    <SignInForm
      signIn={async (values) => {
        const { error } = await authClient.signIn.email(values);
        if (!error) {
          router.replace(safeNext(next, window.location.origin));
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
