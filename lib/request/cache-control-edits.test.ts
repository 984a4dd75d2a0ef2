import { describe, expect, it } from "vitest";
import { defaultRequest } from "@/lib/anthropic/request";
import {
  cacheChoiceOf,
  setMessageTextCache,
  setSystemCache,
  withCacheChoice,
} from "@/lib/request/cache-control-edits";
import { setSystemText } from "@/lib/request/request-edits";

describe("cache breakpoints from the form", () => {
  it("turns a string system prompt into one cached text block", () => {
    const request = setSystemCache(setSystemText(defaultRequest(), "Rules"), 0, "1h");
    expect(request.body.system).toEqual([
      { type: "text", text: "Rules", cache_control: { type: "ephemeral", ttl: "1h" } },
    ]);
    expect(cacheChoiceOf(setSystemCache(request, 0, "5m").body.system?.[0])).toBe("5m");
    expect(setSystemCache(request, 0, "off").body.system).toEqual([
      { type: "text", text: "Rules" },
    ]);
  });

  it("marks a message's text and keeps its other blocks", () => {
    const request = setMessageTextCache(defaultRequest(), 0, "5m");
    expect(request.body.messages[0]?.content).toEqual([
      { type: "text", text: "Hello! What can you do?", cache_control: { type: "ephemeral" } },
    ]);
    expect(setMessageTextCache(defaultRequest(), 0, "off")).toEqual(defaultRequest());
  });

  it("sets and clears cache_control on any part, keeping its fields", () => {
    const tool = { name: "t", input_schema: { type: "object" as const } };
    const cached = withCacheChoice(tool, "1h");
    expect(cacheChoiceOf(cached)).toBe("1h");
    expect(withCacheChoice(cached, "off")).toEqual(tool);
  });
});
