import { afterEach, describe, expect, it, vi } from "vitest";
import { UPLOAD_HEADER, uploadFetch, watchUpload } from "./upload-progress";

/** Just enough of XMLHttpRequest: sends, reports upload progress, then answers. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: unknown;
  status = 200;
  responseText = "";
  upload: {
    onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void;
  } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
}

describe("uploadFetch", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends a followed call through XMLHttpRequest and reports its upload", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    const seen: Array<[number, number]> = [];
    const stop = watchUpload("u1", (p) => seen.push([p.sent, p.total]));
    const response = uploadFetch("/api/trpc/skills.applyImport", {
      method: "POST",
      headers: { [UPLOAD_HEADER]: "u1", "content-type": "application/json" },
      body: '{"json":{}}',
    });
    const xhr = FakeXhr.last!;
    expect([xhr.method, xhr.url, xhr.body]).toEqual([
      "POST",
      "/api/trpc/skills.applyImport",
      '{"json":{}}',
    ]);
    expect(xhr.headers["content-type"]).toBe("application/json");
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 });
    xhr.upload.onprogress?.({ lengthComputable: false, loaded: 60, total: 0 });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 200, total: 200 });
    xhr.responseText = '{"result":{"data":{"json":1}}}';
    xhr.onload?.();
    const answer = await response;
    expect(answer.ok).toBe(true);
    expect(await answer.json()).toEqual({ result: { data: { json: 1 } } });
    expect(seen).toEqual([
      [50, 200],
      [200, 200],
    ]);
    stop();
  });

  it("uses fetch when nobody follows the call, and stops the request when the call is aborted", async () => {
    const fetch = vi.fn(async () => new Response("{}"));
    vi.stubGlobal("fetch", fetch);
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    await uploadFetch("/api/trpc/x", { method: "POST", headers: { [UPLOAD_HEADER]: "nobody" } });
    expect(fetch).toHaveBeenCalledTimes(1);

    const stop = watchUpload("u2", () => undefined);
    const controller = new AbortController();
    const response = uploadFetch("/api/trpc/y", {
      method: "POST",
      headers: { [UPLOAD_HEADER]: "u2" },
      signal: controller.signal,
    });
    controller.abort();
    await expect(response).rejects.toMatchObject({ name: "AbortError" });
    const failed = uploadFetch("/api/trpc/y", {
      method: "POST",
      headers: { [UPLOAD_HEADER]: "u2" },
    });
    FakeXhr.last!.onerror?.();
    await expect(failed).rejects.toThrow("Failed to fetch");
    stop();
    await uploadFetch("/api/trpc/z", { method: "POST", headers: { [UPLOAD_HEADER]: "u2" } });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
