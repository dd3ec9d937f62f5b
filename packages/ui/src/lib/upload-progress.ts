import {
  httpBatchLink,
  httpLink,
  httpSubscriptionLink,
  splitLink,
  type HTTPHeaders,
  type TRPCLink,
} from "@trpc/client";
import type { AppRouter } from "@xroi/api/client";

// fetch has no upload progress, so a call made with the tRPC context { uploadId } goes through
// XMLHttpRequest instead and reports its bytes to whoever watches that id (the import wizard).
// Shells without HTTP (the desktop's IPC) never report: the wizard then shows no percentage.

export const UPLOAD_HEADER = "x-xroi-upload";
export type TUploadProgress = { sent: number; total: number };
type TResponse = { ok: boolean; json: () => Promise<unknown> };

const listeners = new Map<string, (progress: TUploadProgress) => void>();

/** Follows the upload of calls made with context { uploadId }; returns a function that stops. */
export function watchUpload(
  uploadId: string,
  listener: (progress: TUploadProgress) => void,
): () => void {
  listeners.set(uploadId, listener);
  return () => {
    if (listeners.get(uploadId) === listener) listeners.delete(uploadId);
  };
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

/** fetch for tRPC's httpLink: through XMLHttpRequest when the call is followed, else fetch. */
export function uploadFetch(
  url: RequestInfo | URL | string,
  init?: RequestInit & { headers?: unknown },
): Promise<TResponse> {
  const uploadId = headerOf(init?.headers, UPLOAD_HEADER);
  const listener = uploadId ? listeners.get(uploadId) : undefined;
  if (!listener) return fetch(url, init as RequestInit);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(init?.method ?? "POST", String(url));
    for (const [name, value] of Object.entries((init?.headers ?? {}) as Record<string, string>)) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) listener({ sent: e.loaded, total: e.total });
    };
    xhr.onload = () => {
      const text = xhr.responseText;
      resolve({
        ok: xhr.status >= 200 && xhr.status < 300,
        json: async () => JSON.parse(text) as unknown,
      });
    };
    xhr.onerror = () => reject(new TypeError("Failed to fetch"));
    xhr.onabort = () => reject(new DOMException("The call was stopped", "AbortError"));
    init?.signal?.addEventListener("abort", () => xhr.abort());
    xhr.send((init?.body ?? null) as XMLHttpRequestBodyInit | null);
  });
}

type TLinkOptions = {
  url: string;
  transformer: Parameters<typeof httpBatchLink<AppRouter>>[0]["transformer"];
};

/**
 * The web shell's links: subscriptions over server-sent events, calls carrying an uploadId
 * one by one through uploadFetch, everything else batched.
 */
export function webLinks({ url, transformer }: TLinkOptions): TRPCLink<AppRouter>[] {
  return [
    splitLink({
      condition: (op) => op.type === "subscription",
      true: httpSubscriptionLink({ url, transformer }),
      false: splitLink({
        condition: (op) => typeof op.context.uploadId === "string",
        true: httpLink({
          url,
          transformer,
          headers: ({ op }): HTTPHeaders => ({ [UPLOAD_HEADER]: String(op.context.uploadId) }),
          fetch: uploadFetch,
        }),
        false: httpBatchLink({ url, transformer }),
      }),
    }),
  ] as TRPCLink<AppRouter>[];
}
