import { describe, expect, it } from "vitest";
import { POST as countTokensRoute } from "@/app/api/anthropic/v1/messages/count_tokens/route";
import { defaultRequest } from "@/lib/anthropic/request";
import { countInputTokens, NO_UPSTREAM_COUNTER } from "@/lib/cost/token-count";
import { estimateInputTokens } from "@/lib/cost/token-estimate";
import { fakeFetch } from "@/lib/testing/fake-run";

/** The proxy's own route handler, in demo mode: the emulator counts. */
const proxyFetch = (async (url: string, init: RequestInit) =>
  countTokensRoute(new Request(`http://127.0.0.1${url}`, init))) as unknown as typeof fetch;

const zenMux404 = () =>
  new Response(
    JSON.stringify({ error: { code: "404", type: "not_found", message: "Not Found" } }),
    { status: 404, headers: { "content-type": "application/json" } },
  );

describe("countInputTokens", () => {
  it("takes the count from count_tokens through the proxy", async () => {
    const request = defaultRequest();
    const count = await countInputTokens(request, { keyHeaders: {}, fetchImpl: proxyFetch });
    expect(count.source).toBe("count_tokens");
    expect(count.inputTokens).toBeGreaterThan(5);
    const longer = defaultRequest();
    longer.body.messages = [{ role: "user", content: "Hello! ".repeat(100) }];
    const more = await countInputTokens(longer, { keyHeaders: {}, fetchImpl: proxyFetch });
    expect(more.inputTokens).toBeGreaterThan(count.inputTokens + 100);
  });

  it("falls back to the labelled local estimate on ZenMux's 404", async () => {
    const request = defaultRequest();
    const seen: { url?: string } = {};
    const count = await countInputTokens(request, {
      keyHeaders: { "x-api-key": "k" },
      fetchImpl: fakeFetch(zenMux404(), seen),
    });
    expect(seen.url).toBe("/api/anthropic/v1/messages/count_tokens");
    expect(count).toEqual({
      inputTokens: estimateInputTokens(request.body),
      source: "estimate",
      why: NO_UPSTREAM_COUNTER,
    });
  });

  it("estimates, naming the reason, when count_tokens refuses the request", async () => {
    const request = defaultRequest();
    request.body.messages = [];
    const count = await countInputTokens(request, { keyHeaders: {}, fetchImpl: proxyFetch });
    expect(count.source).toBe("estimate");
    expect(count.why).toContain("at least one message");
  });

  it("rejects when the count is aborted, so a changed request never shows a stale count", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      countInputTokens(defaultRequest(), {
        keyHeaders: {},
        signal: controller.signal,
        fetchImpl: proxyFetch,
      }),
    ).rejects.toThrow();
  });
});
