import { describe, expect, it } from "vitest";
import { suggestListedModel } from "./model-suggestion";

describe("suggestListedModel", () => {
  const listed = [
    "anthropic/claude-sonnet-4.5",
    "anthropic/claude-3.7-sonnet",
    "anthropic/claude-haiku-4.5",
    "anthropic/claude-opus-4.5",
    "openai/gpt-5",
  ];

  it("offers the named model when ZenMux lists it", () => {
    expect(suggestListedModel("claude-3-7-sonnet-20250219", listed)).toEqual({
      id: "anthropic/claude-3.7-sonnet",
      exact: true,
    });
  });

  it("offers the family's newest listed model when the named one is not listed", () => {
    expect(suggestListedModel("claude-3-5-sonnet-20241022", listed)).toEqual({
      id: "anthropic/claude-sonnet-4.5",
      exact: false,
    });
    expect(suggestListedModel("claude-3-haiku-20240307", listed)).toEqual({
      id: "anthropic/claude-haiku-4.5",
      exact: false,
    });
  });

  it("falls back to the named id without a list, or when no model of the family is listed", () => {
    expect(suggestListedModel("claude-3-5-sonnet-20241022", undefined)).toEqual({
      id: "anthropic/claude-3.5-sonnet",
      exact: true,
    });
    expect(suggestListedModel("claude-3-opus-latest", ["openai/gpt-5"])).toEqual({
      id: "anthropic/claude-3-opus",
      exact: true,
    });
  });

  it("suggests nothing for ZenMux ids and aliases", () => {
    expect(suggestListedModel("anthropic/claude-sonnet-4.5", listed)).toBeUndefined();
    expect(suggestListedModel("claude-sonnet-4-5", listed)).toBeUndefined();
  });
});
