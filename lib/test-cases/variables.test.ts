import { describe, expect, it } from "vitest";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import {
  findVariables,
  missingVariables,
  prepareRequest,
  substituteVariables,
} from "@/lib/test-cases/variables";

const template: PlaygroundRequest = {
  body: {
    model: "anthropic/claude-sonnet-4.5",
    max_tokens: 100,
    system: [{ type: "text", text: "You speak {{ tone }}." }],
    messages: [
      { role: "user", content: "Tell me about {{city}} in {{year}}. {{city}}!" },
      { role: "assistant", content: [{ type: "text", text: "About {{city}}:" }] },
      {
        role: "user",
        content: [
          { type: "image", source: { type: "url", url: "https://x/{{notvar}}.png" } },
          { type: "text", text: "And {{missing_one}}?" },
        ],
      },
    ],
  },
  betas: [],
};

describe("variables", () => {
  it("finds {{name}} in the system prompt and message text, once each, in order", () => {
    expect(findVariables(template)).toEqual(["tone", "city", "year", "missing_one"]);
  });

  it("fills in every occurrence and leaves other blocks alone", () => {
    const values = {
      tone: "plainly",
      city: 'Zürich, "the" city',
      year: "2026",
      missing_one: "$& $1",
    };
    const filled = substituteVariables(template, values);
    expect(filled.body.system).toEqual([{ type: "text", text: "You speak plainly." }]);
    expect(filled.body.messages[0]?.content).toBe(
      'Tell me about Zürich, "the" city in 2026. Zürich, "the" city!',
    );
    expect(filled.body.messages[1]?.content).toEqual([
      { type: "text", text: 'About Zürich, "the" city:' },
    ]);
    expect(filled.body.messages[2]?.content).toEqual([
      { type: "image", source: { type: "url", url: "https://x/{{notvar}}.png" } },
      { type: "text", text: "And $& $1?" },
    ]);
    expect(findVariables(template)).toHaveLength(4);
  });

  it("blocks a run when a variable has no value, naming it", () => {
    expect(missingVariables(template, { tone: "x", city: "", year: "1" })).toEqual([
      "city",
      "missing_one",
    ]);
    expect(prepareRequest(template, { tone: "x", city: "y", year: "1" })).toEqual({
      ok: false,
      error: "The variable {{missing_one}} has no value.",
    });
    const ok = prepareRequest(template, { tone: "x", city: "y", year: "1", missing_one: "z" });
    expect(ok.ok && findVariables(ok.request)).toEqual([]);
  });
});
