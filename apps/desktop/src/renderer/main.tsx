import { useQuery } from "@tanstack/react-query";
import { createTRPCClient } from "@trpc/client";
import { transformer, type AppRouter } from "@xroi/api/client";
import { useTRPC, XroiApp, XroiProviders } from "@xroi/ui";
import { StrictMode, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { ipcLink } from "trpc-electron/renderer";
import { hrefForPath, pathFromHash, subscribeToHash } from "./hash-route";
import "./styles.css";

// Every call goes over the preload's bridge to the main process; there is no HTTP server.
const trpcClient = createTRPCClient<AppRouter>({ links: [ipcLink<AppRouter>({ transformer })] });

function navigate(path: string) {
  window.location.hash = path;
}

function DesktopApp() {
  const currentPath = useSyncExternalStore(subscribeToHash, () =>
    pathFromHash(window.location.hash),
  );
  const trpc = useTRPC();
  // The main process decides who the user is (the local owner); the renderer only asks.
  const me = useQuery(trpc.me.get.queryOptions());
  if (me.error) {
    return (
      <p role="alert" className="p-8 text-destructive">
        xroi could not load: {me.error.message}
      </p>
    );
  }
  if (!me.data) return <p className="p-8 text-muted-foreground">Opening xroi…</p>;
  return (
    <XroiApp user={me.data} currentPath={currentPath} navigate={navigate} hrefFor={hrefForPath} />
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <XroiProviders trpcClient={trpcClient}>
      <DesktopApp />
    </XroiProviders>
  </StrictMode>,
);
