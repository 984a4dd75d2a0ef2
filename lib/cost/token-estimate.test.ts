import { describe, expect, it } from "vitest";
import { cacheSegments } from "@/lib/anthropic/cache-plan";
import type { MessagesBody } from "@/lib/anthropic/request";
import { estimateInputTokens, estimateSegmentTokens } from "@/lib/cost/token-estimate";

const body = (content: MessagesBody["messages"][number]["content"], extra = {}): MessagesBody => ({
  model: "anthropic/claude-sonnet-4.5",
  max_tokens: 100,
  messages: [{ role: "user", content }],
  ...extra,
});

describe("the local token estimate", () => {
  it("grows with the text, about four characters a token", () => {
    const short = estimateInputTokens(body("Hello"));
    const long = estimateInputTokens(body("x".repeat(4_000)));
    expect(long - short).toBeGreaterThanOrEqual(998);
    expect(long - short).toBeLessThanOrEqual(1_000);
  });

  it("counts tools and the system prompt, and ignores cache_control", () => {
    const plain = body("Hi", {
      system: [{ type: "text", text: "Be brief. ".repeat(40) }],
      tools: [{ name: "get_weather", input_schema: { type: "object", properties: {} } }],
    });
    const cached = body("Hi", {
      system: [
        { type: "text", text: "Be brief. ".repeat(40), cache_control: { type: "ephemeral" } },
      ],
      tools: [{ name: "get_weather", input_schema: { type: "object", properties: {} } }],
    });
    expect(estimateInputTokens(plain)).toBeGreaterThan(estimateInputTokens(body("Hi")) + 100);
    expect(estimateInputTokens(cached)).toBe(estimateInputTokens(plain));
  });

  it("prices an image by Anthropic's cap rather than its base64 length", () => {
    const image = body([
      {
        type: "image",
        source: { type: "base64", media_type: "image/png", data: "A".repeat(400_000) },
      },
    ]);
    const [segment] = cacheSegments(image);
    expect(segment && estimateSegmentTokens(segment)).toBeLessThan(1_700);
  });
});
