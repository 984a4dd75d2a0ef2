import { describe, expect, it } from "vitest";
import { totalInputTokens } from "./input-tokens";
import { PromptCache } from "./prompt-cache";
import type { CountTokensBody } from "./schema";

const LONG = "Cached context that repeats itself on purpose. ".repeat(200);
const ephemeral = (ttl?: "1h") => ({ type: "ephemeral" as const, ...(ttl ? { ttl } : {}) });

function body(system: CountTokensBody["system"], model = "anthropic/claude-sonnet-4.5") {
  return { model, system, messages: [{ role: "user", content: "Hi" }] } as CountTokensBody;
}

function clock(start = 0) {
  const time = { now: start };
  return { time, cache: new PromptCache(() => time.now) };
}

describe("the emulator's prompt cache", () => {
  it("writes on the first request and reads an identical prefix within the TTL", () => {
    const { time, cache } = clock();
    const request = body([{ type: "text", text: LONG, cache_control: ephemeral() }]);
    const first = cache.use(request);
    expect(first.cache_read_input_tokens).toBe(0);
    expect(first.cache_creation_input_tokens).toBeGreaterThan(1024);
    expect(first.cache_creation.ephemeral_5m_input_tokens).toBe(first.cache_creation_input_tokens);
    time.now += 4 * 60_000;
    const second = cache.use(request);
    expect(second.cache_read_input_tokens).toBe(first.cache_creation_input_tokens);
    expect(second.cache_creation_input_tokens).toBe(0);
    expect(second.input_tokens).toBe(first.input_tokens);
    expect(second.input_tokens + second.cache_read_input_tokens).toBe(totalInputTokens(request));
  });

  it("forgets a 5 min entry after five minutes without use, but keeps a 1 h one", () => {
    const { time, cache } = clock();
    const short = body([{ type: "text", text: LONG, cache_control: ephemeral() }]);
    const long = body([{ type: "text", text: `${LONG}!`, cache_control: ephemeral("1h") }]);
    cache.use(short);
    const written = cache.use(long);
    expect(written.cache_creation.ephemeral_1h_input_tokens).toBeGreaterThan(1024);
    time.now += 6 * 60_000;
    expect(cache.use(short).cache_read_input_tokens).toBe(0);
    expect(cache.use(long).cache_read_input_tokens).toBe(written.cache_creation_input_tokens);
  });

  it("does not cache a prefix below the model's minimum", () => {
    const { cache } = clock();
    const request = body([{ type: "text", text: "Short.", cache_control: ephemeral() }]);
    const first = cache.use(request);
    const second = cache.use(request);
    expect(first.cache_creation_input_tokens).toBe(0);
    expect(second.cache_read_input_tokens).toBe(0);
    expect(second.input_tokens).toBe(totalInputTokens(request));
  });

  it("reads the longest cached prefix and writes only what the request adds", () => {
    const { cache } = clock();
    const base = { type: "text" as const, text: LONG, cache_control: ephemeral() };
    const first = cache.use(body([base]));
    const grown = cache.use(
      body([base, { type: "text", text: "More rules. ".repeat(50), cache_control: ephemeral() }]),
    );
    expect(grown.cache_read_input_tokens).toBe(first.cache_creation_input_tokens);
    expect(grown.cache_creation_input_tokens).toBeGreaterThan(90);
  });

  it("ignores cache_control for a provider ZenMux does not cache explicitly", () => {
    const { cache } = clock();
    const request = body(
      [{ type: "text", text: LONG, cache_control: ephemeral() }],
      "openai/gpt-5",
    );
    cache.use(request);
    const usage = cache.use(request);
    expect(usage.cache_read_input_tokens + usage.cache_creation_input_tokens).toBe(0);
    expect(usage.input_tokens).toBe(totalInputTokens(request));
  });
});
