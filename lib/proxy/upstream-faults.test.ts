import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { type LoopbackUpstream, startUpstream } from "@/lib/testing/loopback-upstream";
import { serveProxy } from "@/lib/testing/serve-proxy";
import type { ServedHandler } from "@/lib/testing/serve-web-handler";
import type { ProxyConfig } from "./forward";

const SERVER_KEY = "sk-ai-v1-server-secret-0123456789";
const CLIENT_KEY = "sk-ai-v1-client-own-key-9876543210";
const VERSION = { "anthropic-version": "2023-06-01", "content-type": "application/json" };

let upstream: LoopbackUpstream | undefined;
let proxy: ServedHandler | undefined;
afterEach(async () => {
  await proxy?.close();
  await upstream?.close();
  proxy = undefined;
  upstream = undefined;
});

async function setUp(
  respond: Parameters<typeof startUpstream>[0],
  timeouts: Partial<ProxyConfig> = {},
) {
  upstream = await startUpstream(respond);
  proxy = await serveProxy({
    ZENMUX_API_KEY: SERVER_KEY,
    ZENMUX_BASE_URL: `${upstream.url}/api/anthropic`,
    EMULATOR_TOKENS_PER_SECOND: 5000,
    ...timeouts,
  });
  return { upstream, proxy };
}

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/messages`, { method: "POST", headers: { ...VERSION, ...headers }, body: "{}" });

async function readToEnd(response: Response): Promise<string> {
  return new TextDecoder().decode(await response.arrayBuffer());
}

describe("timeouts", () => {
  it("answers 504 timeout_error when the upstream sends no headers in time", async () => {
    const { proxy } = await setUp(() => {}, { UPSTREAM_HEADERS_TIMEOUT_MS: 300 });
    const response = await post(proxy.url);
    expect(response.status).toBe(504);
    const body = await response.json();
    expect(body).toMatchObject({ type: "error", error: { type: "timeout_error" } });
    expect(body.error.message).toContain("no response headers");
  });

  it("ends a stalled stream with an Anthropic-shaped event: error and frees the upstream socket", async () => {
    let upstreamClosed: Promise<void> | undefined;
    const { proxy } = await setUp(
      (_, res) => {
        upstreamClosed = new Promise((resolve) => res.on("close", () => resolve()));
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write('event: message_start\ndata: {"type":"message_start"}\n\n');
      },
      { UPSTREAM_IDLE_TIMEOUT_MS: 300 },
    );
    const response = await post(proxy.url);
    expect(response.status).toBe(200);
    const text = await readToEnd(response);
    expect(text).toMatch(/^event: message_start\n/);
    const last = text.split("\n\n").filter(Boolean).at(-1) ?? "";
    expect(last).toMatch(/^event: error\ndata: /);
    const data = JSON.parse(last.split("data: ")[1] ?? "");
    expect(data).toMatchObject({ type: "error", error: { type: "timeout_error" } });
    await upstreamClosed;
  });

  it("does not time out a slow reader: idle time counts only while the proxy waits on upstream", async () => {
    const { proxy } = await setUp(
      (_, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        for (let i = 0; i < 3; i++) res.write(`event: ping\ndata: {"type":"ping","i":${i}}\n\n`);
        res.end();
      },
      { UPSTREAM_IDLE_TIMEOUT_MS: 200 },
    );
    const response = await post(proxy.url);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const text = await readToEnd(response);
    expect(text).not.toContain("event: error");
    expect(text.match(/event: ping/g)).toHaveLength(3);
  });

  it("answers 408 when the request body does not arrive in time", async () => {
    const { proxy } = await setUp(() => {}, { REQUEST_BODY_TIMEOUT_MS: 300 });
    const { status, body } = await new Promise<{ status: number; body: string }>(
      (resolve, reject) => {
        const url = new URL(`${proxy.url}/v1/messages`);
        const req = httpRequest(
          url,
          { method: "POST", headers: { ...VERSION, "content-length": "100" } },
          (res) => {
            let text = "";
            res.on("data", (chunk) => {
              text += chunk;
            });
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on("error", reject);
        req.write('{"model":'); // …and the other 91 bytes never come.
      },
    );
    expect(status).toBe(408);
    expect(JSON.parse(body)).toMatchObject({ type: "error", error: { type: "timeout_error" } });
  });
});

describe("bad upstream answers", () => {
  it("relays what arrived of an error body that stalls, at the idle timeout", async () => {
    const { proxy } = await setUp(
      (_, res) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.write("upstream overloaded, ple");
      },
      { UPSTREAM_IDLE_TIMEOUT_MS: 300 },
    );
    const response = await post(proxy.url);
    expect(response.status).toBe(502);
    expect((await response.json()).error.message).toContain("upstream overloaded, ple");
  });

  it("answers a body that lies about its gzip encoding with a clean 502", async () => {
    const { proxy } = await setUp((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end('{"plain":"not gzip at all"}');
    });
    const response = await post(proxy.url);
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = await response.json();
    expect(body).toMatchObject({ type: "error", error: { type: "api_error" } });
    expect(body.error.message).toContain('content-encoding "gzip"');
  });

  it("turns an HTML error page into an Anthropic-shaped 502 quoting plain text", async () => {
    const { proxy } = await setUp((_, res) => {
      res.writeHead(503, { "content-type": "text/html" });
      res.end(
        "<html><head><style>h1{color:red}</style><script>alert(1)</script></head><body><h1>503 Service Unavailable</h1><p>The gateway is <b>down</b>.</p></body></html>",
      );
    });
    const response = await post(proxy.url);
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = await response.json();
    expect(body.error.type).toBe("api_error");
    expect(body.error.message).toContain("HTTP 503");
    expect(body.error.message).toContain('"503 Service Unavailable The gateway is down ."');
    expect(body.error.message).not.toMatch(/<|alert|color:red/);
  });

  it.each([
    ["the server key", {}, SERVER_KEY],
    ["the client's own key", { "x-api-key": CLIENT_KEY }, CLIENT_KEY],
  ])("redacts %s from an upstream error body that echoes it", async (_, headers, key) => {
    const { proxy } = await setUp((recorded, res) => {
      const echoed = String(recorded.headers["x-api-key"]);
      res.writeHead(401, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          type: "error",
          error: { type: "authentication_error", message: `Invalid key ${echoed}` },
        }),
      );
    });
    const response = await post(proxy.url, headers);
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).not.toContain(key);
    expect(JSON.parse(text).error.message).toBe("Invalid key [redacted]");
  });

  it("redacts a key from a plain-text error page too", async () => {
    const { proxy } = await setUp((recorded, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`upstream said: bad key ${String(recorded.headers["x-api-key"])}`);
    });
    const response = await post(proxy.url);
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(text).not.toContain(SERVER_KEY);
    expect(text).toContain("[redacted]");
  });
});
