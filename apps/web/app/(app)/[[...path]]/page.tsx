import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { WebApp } from "@/client/web-app";
import { getSessionUser } from "@/server/services";

export const dynamic = "force-dynamic";

/** Every signed-in page: the session is checked here, on the server, before anything renders. */
export default async function Page({ params }: { params: Promise<{ path?: string[] }> }) {
  const user = await getSessionUser(await headers());
  const { path } = await params;
  if (!user) {
    const here = `/${(path ?? []).join("/")}`;
    redirect(here === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(here)}`);
  }
  return <WebApp user={{ name: user.name, email: user.email, role: user.role }} />;
}
