import { describe, expect, it } from "vitest";
import type { MessagesBody } from "@/lib/anthropic/request";
import { cachePrefix, partLabel } from "@/lib/cost/cache-prefix";

const body: MessagesBody = {
  model: "anthropic/claude-sonnet-4.5",
  max_tokens: 100,
  tools: [
    {
      name: "t",
      input_schema: { type: "object" },
      cache_control: { type: "ephemeral", ttl: "1h" },
    },
  ],
  system: [{ type: "text", text: "Rules. ".repeat(400), cache_control: { type: "ephemeral" } }],
  messages: [{ role: "user", content: "Hi" }],
};

describe("cachePrefix", () => {
  it("scales each part's estimate to the counted total, in cache order", () => {
    const prefix = cachePrefix(body, 2_000);
    expect(prefix.parts.map((part) => part.path)).toEqual([
      "tools[0]",
      "system[0]",
      "messages[0].content",
    ]);
    const sum = prefix.parts.reduce((total, part) => total + part.tokens, 0);
    expect(sum).toBe(2_000);
    expect(prefix.breakpoints.map((point) => point.ttl)).toEqual(["1h", "5m"]);
    expect(prefix.cachedTokens).toBe(prefix.breakpoints[1]?.prefixTokens);
    expect(prefix.cachedOneHourTokens).toBe(prefix.parts[0]?.tokens);
  });

  it("names parts as the form does", () => {
    expect(partLabel("tools[0]")).toBe("Tool 1");
    expect(partLabel("system")).toBe("System prompt");
    expect(partLabel("system[1]")).toBe("System block 2");
    expect(partLabel("messages[2].content")).toBe("Message 3");
    expect(partLabel("messages[2].content[0]")).toBe("Message 3, block 1");
  });
});
