import { brotliCompressSync, deflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { type LoopbackUpstream, startUpstream } from "@/lib/testing/loopback-upstream";
import { requestUpstream } from "./upstream-request";

let upstream: LoopbackUpstream | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

const post = (url: string, signal = new AbortController().signal) =>
  requestUpstream(url, {
    method: "POST",
    headers: new Headers({ "content-type": "application/json" }),
    body: new TextEncoder().encode('{"a":1}'),
    signal,
  });

describe("requestUpstream", () => {
  it.each([
    ["br", brotliCompressSync],
    ["deflate", deflateSync],
  ] as const)(
    "decodes a %s body and sends the exact bytes with their length",
    async (encoding, encode) => {
      const text = "event: ping\ndata: {}\n\n".repeat(200);
      upstream = await startUpstream((_, res) => {
        res.writeHead(200, { "content-type": "text/event-stream", "content-encoding": encoding });
        res.end(encode(text));
      });
      const response = await post(`${upstream.url}/v1/messages?x=1`);
      expect(response.status).toBe(200);
      expect(await new Response(response.body).text()).toBe(text);
      const seen = upstream.requests[0];
      expect(seen?.url).toBe("/v1/messages?x=1");
      expect(seen?.body.toString()).toBe('{"a":1}');
      expect(seen?.headers["content-length"]).toBe("7");
    },
  );

  it("retries once on a fresh connection when a kept-alive one was closed under it", async () => {
    upstream = await startUpstream((_, res) => {
      // The second request rides the first one's idle connection: drop it unanswered.
      if (upstream?.requests.length === 2) return void res.socket?.destroy();
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
    const first = await post(`${upstream.url}/v1/messages`);
    await new Response(first.body).text();
    const second = await post(`${upstream.url}/v1/messages`);
    expect(second.status).toBe(200);
    expect(upstream.requests).toHaveLength(3);
  });

  it("rejects with the abort when the caller aborts before the answer", async () => {
    upstream = await startUpstream(() => undefined);
    const controller = new AbortController();
    const pending = post(`${upstream.url}/v1/messages`, controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("passes repeated headers and a bodiless 204 through", async () => {
    upstream = await startUpstream((_, res) => {
      res.writeHead(204, [
        ["anthropic-ratelimit-requests-limit", "50"],
        ["x-extra", "a"],
        ["x-extra", "b"],
      ]);
      res.end();
    });
    const response = await post(`${upstream.url}/v1/messages`);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect(response.headers.get("anthropic-ratelimit-requests-limit")).toBe("50");
    expect(response.headers.get("x-extra")).toBe("a, b");
  });
});
