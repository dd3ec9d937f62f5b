import { CopyButton, CopyField } from "../../components/copy-button";
import { curlExample } from "./lrs-format";

/** How a learning tool talks to this LRS: where, which header, and a statement to try. */
export function ConnectPanel({ endpoint }: { endpoint: string | null }) {
  return (
    <section
      aria-labelledby="connect-title"
      className="grid content-start gap-3 rounded-lg border border-border bg-background p-4"
    >
      <h2 id="connect-title" className="text-base font-semibold">
        Connect a tool
      </h2>
      {endpoint ? (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
          <div className="grid content-start gap-3">
            <CopyField id="connect-endpoint" label="Endpoint" value={endpoint} />
            <p className="text-sm">
              Authenticate with HTTP Basic: the credential&apos;s key as the user name, its secret
              as the password. Send{" "}
              <code className="rounded bg-muted px-1 font-mono text-xs">
                X-Experience-API-Version: 2.0.0
              </code>{" "}
              (or 1.0.3) with every request.
            </p>
          </div>
          <div className="grid min-w-0 content-start gap-1.5">
            <div className="flex items-center justify-between gap-2">
              <span className="text-sm font-medium">Try it: post a statement</span>
              <CopyButton value={curlExample(endpoint)} label="Copy the curl example" />
            </div>
            <pre className="max-h-80 overflow-auto rounded-md bg-slate-950 p-3 font-mono text-xs leading-relaxed text-slate-100">
              {curlExample(endpoint)}
            </pre>
          </div>
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">
          This desktop app has no LRS endpoint of its own. Learning tools send statements to your
          xroi server at <code className="font-mono">https://&lt;your server&gt;/xapi</code>.
        </p>
      )}
    </section>
  );
}
