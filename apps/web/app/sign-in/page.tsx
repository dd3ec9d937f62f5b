import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignInPage } from "@/client/sign-in-page";
import { getSessionUser } from "@/server/services";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sign in · xroi" };

export default async function Page({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getSessionUser(await headers())) redirect("/");
  const { next } = await searchParams;
  return (
    <main className="grid min-h-screen place-items-center bg-muted/40 px-4">
      <div className="w-full max-w-sm rounded-xl border border-border bg-background p-8 shadow-sm">
        <div className="mb-6 flex items-center gap-2">
          <span className="grid size-8 place-items-center rounded-md bg-primary font-bold text-primary-foreground">
            x
          </span>
          <div>
            <h1 className="text-xl font-bold leading-tight">Sign in to xroi</h1>
            <p className="text-xs text-muted-foreground">Prove what training is worth.</p>
          </div>
        </div>
        <SignInPage next={next} />
      </div>
    </main>
  );
}
