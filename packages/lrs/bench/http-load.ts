import http from "node:http";

export type TClient = {
  request(method: string, path: string, body?: string): Promise<{ status: number; body: string }>;
  stream(path: string): Promise<{ status: number; bytes: number; lines: number }>;
  close(): void;
};

/** A keep-alive HTTP client for one server, with at most `sockets` connections. */
export function createClient(port: number, auth: string, sockets: number): TClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const headers = (body?: string) => ({
    Authorization: auth,
    "X-Experience-API-Version": "2.0.0",
    ...(body !== undefined
      ? { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }
      : {}),
  });
  return {
    request(method, path, body) {
      return new Promise((resolve, reject) => {
        const req = http.request(
          { host: "127.0.0.1", port, path, method, agent, headers: headers(body) },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                body: Buffer.concat(chunks).toString("utf8"),
              }),
            );
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    },
    stream(path) {
      return new Promise((resolve, reject) => {
        const req = http.request(
          { host: "127.0.0.1", port, path, method: "GET", agent, headers: headers() },
          (res) => {
            let bytes = 0;
            let lines = 0;
            res.on("data", (c: Buffer) => {
              bytes += c.length;
              for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
            });
            res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, lines }));
          },
        );
        req.on("error", reject);
        req.end();
      });
    },
    close: () => agent.destroy(),
  };
}

/**
 * Posts `total` statements in batches of `batch` from `concurrency` clients; statements/s. The
 * request bodies are built before the clock starts, so the load generator's own work (it shares
 * the machine) is not counted against the LRS.
 */
export async function ingest(
  client: TClient,
  bodies: (from: number, count: number) => string,
  o: { from: number; total: number; batch: number; concurrency: number },
): Promise<number> {
  const prepared: string[] = [];
  for (let offset = 0; offset < o.total; offset += o.batch)
    prepared.push(bodies(o.from + offset, Math.min(o.batch, o.total - offset)));
  let next = 0;
  const start = performance.now();
  async function worker() {
    while (next < prepared.length) {
      const body = prepared[next++]!;
      const res = await client.request("POST", "/xapi/statements", body);
      if (res.status !== 200)
        throw new Error(`ingest answered ${res.status}: ${res.body.slice(0, 300)}`);
    }
  }
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  return (o.total / (performance.now() - start)) * 1000;
}

/** Latency of `paths` requested one after another: p50 and p95 in ms. */
export async function latencies(
  client: TClient,
  paths: string[],
): Promise<{ p50: number; p95: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  for (const path of paths) {
    const start = performance.now();
    const res = await client.request("GET", path);
    times.push(performance.now() - start);
    if (res.status !== 200)
      throw new Error(`${path} answered ${res.status}: ${res.body.slice(0, 200)}`);
    rows += (JSON.parse(res.body) as { statements: unknown[] }).statements.length;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), rows: rows / paths.length };
}
