import type { ServerResponse } from "node:http";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type LoopbackUpstream,
  type RecordedRequest,
  startUpstream,
} from "@/lib/testing/loopback-upstream";
import { serveGuardedProxy } from "@/lib/testing/serve-guarded-proxy";
import type { ServedHandler } from "@/lib/testing/serve-web-handler";
import { createLogger, useLogger } from "../server/logger";
import { installRequestIntake } from "../server/request-intake";
import { forgetCatalog } from "./catalog-prices";

const _SERVER_KEY = "sk-ai-v1-server-secret-0123456789";
const VERSION = { "anthropic-version": "2023-06-01", "content-type": "application/json" };
const MODEL = "anthropic/claude-test";
/** $10 per million tokens in and out: max_tokens 1000 is estimated at about a cent. */
const CATALOG = {
  data: [
    {
      id: MODEL,
      pricings: {
        prompt: [{ value: 10, unit: "perMTokens", currency: "USD" }],
        completion: [{ value: 10, unit: "perMTokens", currency: "USD" }],
      },
    },
  ],
};

let upstream: LoopbackUpstream | undefined;
let proxy: ServedHandler | undefined;
beforeAll(() => installRequestIntake());
beforeEach(() => {
  forgetCatalog();
  useLogger(createLogger("silent"));
});
afterEach(async () => {
  await proxy?.close();
  await upstream?.close();
  proxy = undefined;
  upstream = undefined;
});

/** Streams a short reply with 10 output tokens, or holds it open while `hold` is pending. */
function streamedReply(hold?: Promise<void>) {
  return async (recorded: RecordedRequest, res: ServerResponse) => {
    if (recorded.url.startsWith("/api/anthropic/v1/models")) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(CATALOG));
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "request-id": "req_upstream_1" });
    res.write(
      'event: message_start\ndata: {"type":"message_start","message":{"usage":{"input_tokens":5,"output_tokens":1}}}\n\n',
    );
    await hold;
    res.end(
      'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":10}}\n\nevent: message_stop\ndata: {"type":"message_stop"}\n\n',
    );
  };
}

async function setUp(env: Record<string, string>, hold?: Promise<void>) {
  upstream = await startUpstream(streamedReply(hold));
  proxy = await serveGuardedProxy(upstream.url, env);
  return { upstream, proxy };
}

const run = (url: string, maxTokens = 1000, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/messages`, {
    method: "POST",
    headers: { ...VERSION, ...headers },
    body: JSON.stringify({
      model: MODEL,
      max_tokens: maxTokens,
      stream: true,
      messages: [{ role: "user", content: "Hi" }],
    }),
  });

async function expectRateLimited(response: Response, message: RegExp) {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  const body = await response.json();
  expect(body).toMatchObject({ type: "error", error: { type: "rate_limit_error" } });
  expect(body.error.message).toMatch(message);
}

describe("limits on the server key", () => {
  it("refuses past the requests-per-minute limit with retry-after; an own key is not limited", async () => {
    const { proxy } = await setUp({ PLAYGROUND_RPM: "3" });
    for (let i = 0; i < 3; i++) {
      const response = await run(proxy.url);
      expect(response.status).toBe(200);
      await response.text();
    }
    await expectRateLimited(await run(proxy.url), /3 requests per minute/);
    for (let i = 0; i < 4; i++) {
      const own = await run(proxy.url, 1000, { "x-api-key": "sk-ai-v1-own-key-1" });
      expect(own.status).toBe(200);
      await own.text();
    }
  });

  it("refuses a max_tokens above the ceiling before anything goes upstream", async () => {
    const { proxy, upstream } = await setUp({ PLAYGROUND_MAX_TOKENS: "4096" });
    const response = await run(proxy.url, 100_000_000);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.type).toBe("invalid_request_error");
    expect(body.error.message).toContain("ceiling of 4096");
    expect(upstream.requests.filter((seen) => seen.url.endsWith("/v1/messages"))).toHaveLength(0);
  });

  it("holds concurrent streams per client to the limit and frees a slot when one ends", async () => {
    let letGo = () => {};
    const hold = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const { proxy } = await setUp({ PLAYGROUND_MAX_CONCURRENT_STREAMS: "1" }, hold);
    const first = await run(proxy.url);
    expect(first.status).toBe(200);
    await expectRateLimited(await run(proxy.url), /1 requests at a time/);
    letGo();
    await first.text();
    // The slot is given back as the first stream ends; give the store a moment to see it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const third = await run(proxy.url);
    expect(third.status).toBe(200);
    await third.text();
  });

  it("hands back the stream slot of a request the budget refuses", async () => {
    // Budget and slot are asked for together; the slot must not stay taken by a refused request.
    const { proxy } = await setUp({
      PLAYGROUND_DAILY_BUDGET_USD: "0.05",
      PLAYGROUND_MAX_CONCURRENT_STREAMS: "1",
    });
    await expectRateLimited(await run(proxy.url, 10_000), /daily budget/);
    const next = await run(proxy.url);
    expect(next.status).toBe(200);
    await next.text();
  });

  it("estimates each request against the daily budget and reconciles it from the usage", async () => {
    // Each request is estimated at ~$0.01 but costs ~$0.00015: without reconciliation the
    // sixth would be refused.
    const { proxy } = await setUp({ PLAYGROUND_DAILY_BUDGET_USD: "0.05", PLAYGROUND_RPM: "100" });
    for (let i = 0; i < 10; i++) {
      const response = await run(proxy.url);
      expect(response.status, `request ${i + 1}`).toBe(200);
      await response.text();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // max_tokens 10 000 is estimated at $0.10, above what is left.
    await expectRateLimited(
      await run(proxy.url, 10_000),
      /daily budget of \$0\.05 is spent.*00:00 UTC/,
    );
    const own = await run(proxy.url, 10_000, { "x-api-key": "sk-ai-v1-own-key-1" });
    expect(own.status).toBe(200);
    await own.text();
  });
});
