import { describe, expect, it } from "vitest";
import { cacheSegments, minimumCacheableTokens, planCache } from "./cache-plan";
import type { MessagesBody } from "./request";

const cached = (ttl?: "1h") => ({
  cache_control: { type: "ephemeral" as const, ...(ttl ? { ttl } : {}) },
});
const text = (words: number, ttl?: "5m" | "1h") => ({
  type: "text" as const,
  text: "word ".repeat(words),
  ...(ttl ? cached(ttl === "1h" ? "1h" : undefined) : {}),
});
/** One token a word, to make prefix sizes easy to read. */
const wordsOf = (segment: { value: unknown }) =>
  JSON.stringify(segment.value).split("word").length - 1;

const tool = {
  name: "lookup",
  description: "word word",
  input_schema: { type: "object" as const, properties: {} },
};

describe("cacheSegments", () => {
  it("lists tools, then system, then every message block, with their breakpoints", () => {
    const body: MessagesBody = {
      model: "anthropic/claude-sonnet-4.5",
      max_tokens: 10,
      tools: [{ ...tool, ...cached("1h") }],
      system: [text(1), text(1, "5m")],
      messages: [
        { role: "user", content: "plain" },
        { role: "assistant", content: [text(1)] },
        { role: "user", content: [text(1, "5m")] },
      ],
    };
    expect(cacheSegments(body).map((s) => [s.path, s.breakpoint])).toEqual([
      ["tools[0]", "1h"],
      ["system[0]", undefined],
      ["system[1]", "5m"],
      ["messages[0].content", undefined],
      ["messages[1].content[0]", undefined],
      ["messages[2].content[0]", "5m"],
    ]);
  });
});

describe("planCache", () => {
  it("gives each breakpoint the size of the whole prefix up to it", () => {
    const body: MessagesBody = {
      model: "anthropic/claude-sonnet-4.5",
      max_tokens: 10,
      system: [text(1000), text(100, "5m")],
      messages: [{ role: "user", content: [text(500, "5m"), text(7)] }],
    };
    expect(planCache(body, wordsOf)).toEqual({
      breakpoints: [
        { path: "system[1]", ttl: "5m", prefixTokens: 1100 },
        { path: "messages[0].content[0]", ttl: "5m", prefixTokens: 1600 },
      ],
      warnings: [],
    });
  });

  it("warns of more than four breakpoints", () => {
    const body: MessagesBody = {
      model: "openai/gpt-5",
      max_tokens: 10,
      messages: [{ role: "user", content: [1, 2, 3, 4, 5].map(() => text(1, "5m")) }],
    };
    expect(planCache(body, wordsOf).warnings).toEqual([{ kind: "too-many", count: 5 }]);
  });

  it("warns when the first cached prefix is below the model's minimum", () => {
    const body: MessagesBody = {
      model: "anthropic/claude-3.7-sonnet:amazon-bedrock",
      max_tokens: 10,
      system: [text(900, "5m")],
      messages: [{ role: "user", content: [text(900, "5m")] }],
    };
    expect(planCache(body, wordsOf).warnings).toEqual([
      { kind: "below-minimum", path: "system[0]", prefixTokens: 900, minimum: 1024 },
    ]);
  });

  it("warns of a 1 h breakpoint after a 5 min one, not of one before it", () => {
    const body: MessagesBody = {
      model: "openai/gpt-5",
      max_tokens: 10,
      tools: [{ ...tool, ...cached("1h") }],
      system: [text(1, "5m")],
      messages: [{ role: "user", content: [text(1, "1h")] }],
    };
    expect(planCache(body, wordsOf).warnings).toEqual([
      { kind: "ttl-order", path: "messages[0].content[0]", after: "system[0]" },
    ]);
  });
});

describe("minimumCacheableTokens", () => {
  it("follows ZenMux's documented minimums through aliases and pins", () => {
    expect(minimumCacheableTokens("anthropic/claude-opus-4.1")).toBe(1024);
    expect(minimumCacheableTokens("claude-sonnet-4-5")).toBe(1024);
    expect(minimumCacheableTokens("anthropic/claude-3.5-haiku:vertex")).toBe(2048);
    expect(minimumCacheableTokens("openai/gpt-5")).toBeUndefined();
  });
});
