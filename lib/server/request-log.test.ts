import { Writable } from "node:stream";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LoopbackUpstream, startUpstream } from "@/lib/testing/loopback-upstream";
import { serveGuardedProxy } from "@/lib/testing/serve-guarded-proxy";
import type { ServedHandler } from "@/lib/testing/serve-web-handler";
import { createLogger, useLogger } from "./logger";
import { installRequestIntake } from "./request-intake";

const SERVER_KEY = "sk-ai-v1-server-secret-0123456789";
const OWN_KEY = "sk-ai-v1-own-key-abcdef";
const PROMPT = "my secret prompt about the merger";

let lines: string[];
let sink: Writable;
let upstream: LoopbackUpstream | undefined;
let proxy: ServedHandler | undefined;
beforeAll(() => installRequestIntake());
beforeEach(() => {
  lines = [];
  sink = new Writable({
    write(chunk, _, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  useLogger(createLogger("info", sink));
});
afterEach(async () => {
  await proxy?.close();
  await upstream?.close();
});

async function setUp(env: Record<string, string> = {}) {
  upstream = await startUpstream((_, res) => {
    res.writeHead(200, {
      "content-type": "text/event-stream",
      "request-id": "req_0123",
      "x-zenmux-requestid": "zm_4567",
    });
    res.write(
      `event: message_start\ndata: {"type":"message_start","message":{"content":[],"usage":{"input_tokens":12,"output_tokens":1}}}\n\n`,
    );
    res.end(
      `event: content_block_delta\ndata: {"type":"content_block_delta","delta":{"type":"text_delta","text":"${PROMPT}"}}\n\nevent: message_delta\ndata: {"type":"message_delta","usage":{"output_tokens":34}}\n\n`,
    );
  });
  proxy = await serveGuardedProxy(upstream.url, env);
  return proxy.url;
}

const run = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/messages`, {
    method: "POST",
    headers: { "anthropic-version": "2023-06-01", ...headers },
    body: JSON.stringify({
      model: "anthropic/claude-test",
      max_tokens: 100,
      stream: true,
      messages: [{ role: "user", content: PROMPT }],
    }),
  });

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe("request log", () => {
  it("writes one JSON line per proxied request with mode, client, model, ids, timings and usage", async () => {
    const url = await setUp();
    await (await run(url)).text();
    await settle();
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? "");
    expect(line).toMatchObject({
      msg: "proxied request",
      endpoint: "messages",
      mode: "server",
      client: "127.0.0.1",
      model: "anthropic/claude-test",
      status: 200,
      request_id: "req_0123",
      zenmux_request_id: "zm_4567",
      outcome: "complete",
      usage: { input_tokens: 12, output_tokens: 34 },
    });
    expect(typeof line.time).toBe("string");
    expect(line.ttfb_ms).toBeGreaterThanOrEqual(0);
    expect(line.duration_ms).toBeGreaterThanOrEqual(line.ttfb_ms);
  });

  it("never writes a body, a prompt or a key, whichever key was used", async () => {
    const url = await setUp();
    await (await run(url)).text();
    await (await run(url, { "x-api-key": OWN_KEY })).text();
    await settle();
    expect(lines).toHaveLength(2);
    const all = lines.join("\n");
    for (const secret of [SERVER_KEY, OWN_KEY, PROMPT, "merger"]) expect(all).not.toContain(secret);
    expect(JSON.parse(lines[1] ?? "").mode).toBe("client");
  });

  it("logs a refusal too, as mode refused", async () => {
    const url = await setUp({ PLAYGROUND_TOKENS: "pg-token-0123456789abcdef" });
    await (await run(url)).text();
    await settle();
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ mode: "refused", status: 401 });
  });

  it("follows the configured level", async () => {
    useLogger(createLogger("warn", sink));
    const url = await setUp();
    await (await run(url)).text();
    await settle();
    expect(lines).toHaveLength(0);
  });
});

describe("request log under a lying content-encoding", () => {
  it("writes exactly one line naming the problem, and no stack trace", async () => {
    upstream = await startUpstream((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end('{"plain":"not gzip"}');
    });
    proxy = await serveGuardedProxy(upstream.url, {});
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const response = await run(proxy.url);
      expect(response.status).toBe(502);
      await settle();
    } finally {
      console.error = original;
    }
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ status: 502, problem: "undecodable_body" });
    expect(lines[0]).not.toMatch(/\n\s+at /);
    expect(errors).toEqual([]);
  });
});
