import { request as httpRequest } from "node:http";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  closedPortUrl,
  type LoopbackUpstream,
  startUpstream,
} from "@/lib/testing/loopback-upstream";
import { serveProxy } from "@/lib/testing/serve-proxy";
import type { ServedHandler } from "@/lib/testing/serve-web-handler";
import type { ProxyConfig } from "./forward";

const SERVER_KEY = "sk-ai-v1-server-secret-0123456789";
const VERSION = { "anthropic-version": "2023-06-01" };

let upstream: LoopbackUpstream | undefined;
let proxy: ServedHandler | undefined;
afterEach(async () => {
  await proxy?.close();
  await upstream?.close();
  proxy = undefined;
  upstream = undefined;
});

function keyConfig(baseUrl: string, key: string | undefined = SERVER_KEY): ProxyConfig {
  return { ZENMUX_API_KEY: key, ZENMUX_BASE_URL: baseUrl, EMULATOR_TOKENS_PER_SECOND: 5000 };
}

async function setUp(respond: Parameters<typeof startUpstream>[0], key?: string) {
  upstream = await startUpstream(respond);
  proxy = await serveProxy(keyConfig(`${upstream.url}/api/anthropic`, key));
  return { upstream, proxy };
}

const okJson = (_: unknown, res: import("node:http").ServerResponse) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end('{"ok":true}');
};

async function readAll(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

/** Everything a client can see of a response, to search for leaked secrets. */
async function serialise(response: Response): Promise<string> {
  const headers = [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
  return `${response.status}\n${headers}\n\n${await response.text()}`;
}

describe("proxy over loopback: request", () => {
  it("forwards the original body bytes unchanged, to the configured path", async () => {
    const { upstream, proxy } = await setUp(okJson);
    // Odd spacing, escapes, key order and number forms that a re-serialisation would change.
    const body = Buffer.from(
      '{ "model":"anthropic/claude-sonnet-4.5" ,"max_tokens":1.0e3,\n"messages":[{"role":"user","content":"caf\\u00e9 ☕ \\"q\\""}],"z":1,"a":2 }',
    );
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: { ...VERSION, "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
    const received = upstream.requests[0];
    expect(received?.method).toBe("POST");
    expect(received?.url).toBe("/api/anthropic/v1/messages");
    expect(received?.body.equals(body)).toBe(true);
  });

  it("sends only allow-listed headers plus the chosen key as x-api-key", async () => {
    const { upstream, proxy } = await setUp(okJson);
    const headers = new Headers({
      ...VERSION,
      "content-type": "application/json",
      accept: "application/json",
      cookie: "session=abc",
      "x-forwarded-for": "203.0.113.7",
      forwarded: "for=203.0.113.7",
      "x-real-ip": "203.0.113.7",
      authorization: "Bearer sk-client-bearer",
    });
    headers.append("anthropic-beta", "context-1m-2025-08-07");
    headers.append("anthropic-beta", "other-beta");
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers,
      body: "{}",
    });
    expect(response.headers.get("x-playground-key-source")).toBe("client");
    const seen = upstream.requests[0]?.headers ?? {};
    expect(seen["x-api-key"]).toBe("sk-client-bearer");
    expect(seen["anthropic-version"]).toBe("2023-06-01");
    expect(seen["anthropic-beta"]).toBe("context-1m-2025-08-07,other-beta");
    expect(seen["content-type"]).toBe("application/json");
    expect(seen.accept).toBe("application/json");
    for (const name of ["authorization", "cookie", "x-forwarded-for", "forwarded", "x-real-ip"]) {
      expect(seen[name], name).toBeUndefined();
    }
    // Host is the upstream's own, not the one the client addressed.
    expect(seen.host).toBe(new URL(upstream.url).host);
  });

  it("uses the server key when the client brings none, and says so", async () => {
    const { upstream, proxy } = await setUp(okJson);
    const response = await fetch(`${proxy.url}/v1/messages/count_tokens`, {
      method: "POST",
      headers: { ...VERSION, "x-api-key": "" },
      body: "{}",
    });
    expect(response.headers.get("x-playground-key-source")).toBe("server");
    expect(upstream.requests[0]?.url).toBe("/api/anthropic/v1/messages/count_tokens");
    expect(upstream.requests[0]?.headers["x-api-key"]).toBe(SERVER_KEY);
  });

  it("forwards the models query string with a GET", async () => {
    const { upstream, proxy } = await setUp(okJson);
    const response = await fetch(`${proxy.url}/v1/models?limit=1000`, { headers: VERSION });
    expect(response.status).toBe(200);
    expect(upstream.requests[0]?.method).toBe("GET");
    expect(upstream.requests[0]?.url).toBe("/api/anthropic/v1/models?limit=1000");
  });

  it.each([
    ["a wrong version", { "anthropic-version": "2026-10-21" }, "{}", 400, "2023-06-01"],
    ["no version", {}, "{}", 400, "2023-06-01"],
    [
      "the code execution beta",
      { ...VERSION, "anthropic-beta": "code-execution-2025-08-25" },
      "{}",
      400,
      "ZenMux does not support",
    ],
    [
      "a code execution tool",
      VERSION,
      '{"tools":[{"type":"code_execution_20250825","name":"code_execution"}]}',
      400,
      "ZenMux does not support",
    ],
    ["invalid JSON", VERSION, "{", 400, "not valid JSON"],
    ["a non-object body", VERSION, "[]", 400, "must be a JSON object"],
  ])(
    "refuses %s without contacting upstream or leaking the key",
    async (_, headers, body, status, text) => {
      const { upstream, proxy } = await setUp(okJson);
      const response = await fetch(`${proxy.url}/v1/messages`, { method: "POST", headers, body });
      expect(response.status).toBe(status);
      const serialised = await serialise(response);
      expect(serialised).not.toContain(SERVER_KEY);
      const json = JSON.parse(serialised.slice(serialised.indexOf("\n\n") + 2));
      expect(json.type).toBe("error");
      expect(json.error.type).toBe("invalid_request_error");
      expect(json.error.message).toContain(text);
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it("refuses a wrong version on the models endpoint too", async () => {
    const { upstream, proxy } = await setUp(okJson);
    const response = await fetch(`${proxy.url}/v1/models`);
    expect(response.status).toBe(400);
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers a body over 32 MB with 413 request_too_large", async () => {
    const { upstream, proxy } = await setUp(okJson);
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: new Uint8Array(32 * 1024 * 1024 + 10).fill(32),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.type).toBe("request_too_large");
    expect(upstream.requests).toHaveLength(0);
  });
});

describe("proxy over loopback: response", () => {
  it("passes status, allowed headers and odd SSE bytes through unchanged", async () => {
    const pieces = [
      ": ZENMUX PROCESSING\r\n\r\n",
      'event: message_start\r\ndata: {"type":"message_start","message":{"id":"m1"}}\r\n\r\n',
      "event: content_block_delta\r\nda",
      'ta: {"type":"content_block_delta","delta":{"type":"text_delta","text":"h\\u00e9"}}\r',
      "\n\r\n",
      'event: ping\ndata: {"type":"ping"}\n\n',
      'event: message_stop\rdata: {"type":"message_stop"}\r\r',
    ];
    const { proxy } = await setUp(async (_, res) => {
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "request-id": "req_abc",
        "x-zenmux-requestid": "zm_123",
        "anthropic-ratelimit-tokens-remaining": "99",
        "set-cookie": "tracking=1",
        server: "upstream",
      });
      for (const piece of pieces) {
        res.write(piece);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      res.end();
    });
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("request-id")).toBe("req_abc");
    expect(response.headers.get("x-zenmux-requestid")).toBe("zm_123");
    expect(response.headers.get("anthropic-ratelimit-tokens-remaining")).toBe("99");
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("server")).toBeNull();
    expect((await readAll(response)).equals(Buffer.from(pieces.join("")))).toBe(true);
  });

  it.each([
    [
      402,
      "application/json",
      '{"error":{"code":"402","type":"insufficient_credit","message":"Top up"}}',
    ],
    [
      429,
      "application/json",
      '{"type":"error","error":{"type":"rate_limit_error","message":"slow"}}',
    ],
    [
      529,
      "application/json",
      '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
    ],
  ])("passes an upstream %i body through unchanged", async (status, type, body) => {
    const { proxy } = await setUp((_, res) => {
      res.writeHead(status, { "content-type": type, "retry-after": "7" });
      res.end(body);
    });
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
    });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await response.text()).toBe(body);
  });

  it.each([204, 304, 600])("answers an upstream status %i without crashing", async (status) => {
    const { proxy } = await setUp((_, res) => {
      res.writeHead(status);
      res.end();
    });
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
    });
    if (status === 600) {
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ type: "error", error: { type: "api_error" } });
    } else {
      expect(response.status).toBe(status);
      expect(await response.text()).toBe("");
    }
  });

  it("streams each event as soon as the upstream sends it", async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { proxy } = await setUp(async (_, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('event: message_start\ndata: {"n":1}\n\n');
      // The second event waits until the client has seen the first one through the proxy.
      await released;
      res.end('event: message_stop\ndata: {"n":2}\n\n');
    });
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
    });
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    const decoder = new TextDecoder();
    let seen = "";
    while (!seen.includes("\n\n")) {
      const { done, value } = await reader.read();
      if (done) throw new Error("stream ended before the first event");
      seen += decoder.decode(value, { stream: true });
    }
    expect(seen).toBe('event: message_start\ndata: {"n":1}\n\n');
    release();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      seen += decoder.decode(value, { stream: true });
    }
    expect(seen).toBe(
      'event: message_start\ndata: {"n":1}\n\nevent: message_stop\ndata: {"n":2}\n\n',
    );
  });

  it("decodes a gzip upstream body and does not pass content-encoding on", async () => {
    const json = JSON.stringify({ id: "m", content: [{ type: "text", text: "x".repeat(5000) }] });
    const { proxy } = await setUp((_, res) => {
      const gz = gzipSync(json);
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": String(gz.length),
      });
      res.end(gz);
    });
    // node:http does not decode, so this sees exactly what the proxy sent.
    const raw = await new Promise<{
      headers: import("node:http").IncomingHttpHeaders;
      body: string;
    }>((resolve, reject) => {
      const req = httpRequest(
        `${proxy.url}/v1/messages`,
        { method: "POST", headers: VERSION },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ headers: res.headers, body: Buffer.concat(chunks).toString() }),
          );
        },
      );
      req.on("error", reject);
      req.end("{}");
    });
    expect(raw.headers["content-encoding"]).toBeUndefined();
    expect(raw.body).toBe(json);
  });
});

describe("proxy over loopback: failures", () => {
  it("aborts the upstream request when the client disconnects", async () => {
    let upstreamClosed: () => void = () => {};
    const closed = new Promise<void>((resolve) => {
      upstreamClosed = resolve;
    });
    const { proxy } = await setUp((_, res) => {
      res.on("close", () => upstreamClosed());
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("event: ping\ndata: {}\n\n");
      // Never ends on its own: only a disconnect can close it.
    });
    const client = new AbortController();
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
      signal: client.signal,
    });
    await response.body?.getReader().read();
    client.abort();
    await expect(closed).resolves.toBeUndefined();
  });

  it("aborts the upstream request when the client disconnects before the upstream answers", async () => {
    let upstreamClosed: () => void = () => {};
    const closed = new Promise<void>((resolve) => {
      upstreamClosed = resolve;
    });
    let arrived: () => void = () => {};
    const requestArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const { proxy } = await setUp((_, res) => {
      res.on("close", () => upstreamClosed());
      arrived();
      // Sends nothing, not even headers: only the forwarded abort signal can end this.
    });
    const client = new AbortController();
    const pending = fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
      signal: client.signal,
    }).catch((error: unknown) => error);
    await requestArrived;
    client.abort();
    expect(await pending).toBeInstanceOf(Error);
    await expect(closed).resolves.toBeUndefined();
  });

  it("answers 502 naming the host when the upstream refuses connections", async () => {
    const base = await closedPortUrl();
    proxy = await serveProxy(keyConfig(`${base}/api/anthropic`));
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
    });
    expect(response.status).toBe(502);
    const serialised = await serialise(response);
    expect(serialised).not.toContain(SERVER_KEY);
    const body = JSON.parse(serialised.slice(serialised.indexOf("\n\n") + 2));
    expect(body).toEqual({
      type: "error",
      error: {
        type: "api_error",
        message: `Could not reach the upstream ${new URL(base).host}: connection refused (ECONNREFUSED).`,
      },
    });
  });

  it("keeps a client's own key out of the 502 it gets back", async () => {
    const clientKey = "sk-ai-v1-client-secret-9876543210";
    const base = await closedPortUrl();
    proxy = await serveProxy(keyConfig(`${base}/api/anthropic`, undefined));
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: { ...VERSION, authorization: `Bearer ${clientKey}` },
      body: "{}",
    });
    expect(response.status).toBe(502);
    expect(response.headers.get("x-playground-key-source")).toBe("client");
    const serialised = await serialise(response);
    expect(serialised).toContain("api_error");
    expect(serialised).not.toContain(clientKey);
  });

  it("answers 502 naming the host when DNS fails", async () => {
    proxy = await serveProxy(keyConfig("http://no-such-host.invalid/api/anthropic"));
    const response = await fetch(`${proxy.url}/v1/models`, { headers: VERSION });
    expect(response.status).toBe(502);
    const body = await response.json();
    expect(body.error.type).toBe("api_error");
    expect(body.error.message).toMatch(/^Could not reach the upstream no-such-host\.invalid: /);
  });

  it("ends the client's stream with an error event when the upstream dies mid-stream, and keeps serving", async () => {
    const { proxy } = await setUp((recorded, res) => {
      if (recorded.url.endsWith("/v1/models")) return okJson(recorded, res);
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('event: message_start\ndata: {"type":"message_start"}\n\n', () => {
        setTimeout(() => res.socket?.destroy(), 20);
      });
    });
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
    });
    expect(response.status).toBe(200);
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain("message_start");
    let rest = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += new TextDecoder().decode(value);
    }
    expect(rest).toMatch(/^event: error\ndata: \{"type":"error","error":\{"type":"api_error",/);
    const after = await fetch(`${proxy.url}/v1/models`, { headers: VERSION });
    expect(await after.json()).toEqual({ ok: true });
  });

  it("keeps the server key out of every upstream-facing and client-facing error", async () => {
    const { proxy } = await setUp((_, res) => {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(
        '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
      );
    });
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
    });
    expect(response.status).toBe(401);
    const serialised = await serialise(response);
    expect(serialised).toContain("authentication_error");
    expect(serialised).not.toContain(SERVER_KEY);
  });

  it("answers a redirecting upstream with a 502 and never follows it with the key", async () => {
    const { upstream, proxy } = await setUp((_, res) => {
      res.writeHead(302, {
        location: "http://127.0.0.1:9/steal?token=abc",
        "content-type": "text/plain",
      });
      res.end("moved");
    });
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
    });
    expect(response.status).toBe(502);
    expect(response.headers.get("location")).toBeNull();
    const body = await response.json();
    expect(body.type).toBe("error");
    expect(body.error.type).toBe("api_error");
    expect(body.error.message).toContain("redirect (HTTP 302 to 127.0.0.1:9)");
    expect(body.error.message).not.toContain("token=abc");
    expect(upstream.requests).toHaveLength(1);
  });

  it("says so when the upstream closes the connection without answering", async () => {
    const { proxy } = await setUp((_, res) => {
      res.socket?.destroy();
    });
    const response = await fetch(`${proxy.url}/v1/messages`, {
      method: "POST",
      headers: VERSION,
      body: "{}",
    });
    expect(response.status).toBe(502);
    const body = await response.json();
    expect(body.error.type).toBe("api_error");
    expect(body.error.message).toMatch(/closed the connection without a response/);
  });
});
