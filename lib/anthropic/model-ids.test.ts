import { describe, expect, it } from "vitest";
import {
  catalogIdOf,
  classifyModelId,
  fieldsDroppedByConversion,
  suggestZenMuxId,
} from "./model-ids";

describe("classifyModelId", () => {
  it("reads ZenMux ids and their :provider pin", () => {
    expect(classifyModelId("anthropic/claude-sonnet-4.5")).toEqual({
      kind: "zenmux",
      base: "anthropic/claude-sonnet-4.5",
    });
    expect(classifyModelId("anthropic/claude-3.7-sonnet:amazon-bedrock")).toEqual({
      kind: "zenmux",
      base: "anthropic/claude-3.7-sonnet",
      pinnedProvider: "amazon-bedrock",
    });
  });

  it("resolves ZenMux's Anthropic-style aliases", () => {
    expect(classifyModelId("claude-sonnet-4-6")).toEqual({
      kind: "alias",
      resolvesTo: "anthropic/claude-sonnet-4.6",
    });
    expect(classifyModelId("claude-opus-4")).toEqual({
      kind: "alias",
      resolvesTo: "anthropic/claude-opus-4",
    });
  });

  it("recognises Anthropic-native ids and names the ZenMux id to use", () => {
    const cases: [string, string][] = [
      ["claude-3-5-sonnet-20241022", "anthropic/claude-3.5-sonnet"],
      ["claude-3-7-sonnet-latest", "anthropic/claude-3.7-sonnet"],
      ["claude-3-haiku-20240307", "anthropic/claude-3-haiku"],
      ["claude-sonnet-4-5-20250929", "anthropic/claude-sonnet-4.5"],
      ["claude-opus-4-1-20250805", "anthropic/claude-opus-4.1"],
      ["claude-3-5-haiku", "anthropic/claude-3.5-haiku"],
    ];
    for (const [id, suggestion] of cases) {
      expect(classifyModelId(id), id).toEqual({ kind: "anthropic-native", suggestion });
      expect(suggestZenMuxId(id)).toBe(suggestion);
    }
  });

  it("leaves other ids alone", () => {
    expect(classifyModelId("gpt-5")).toEqual({ kind: "unknown" });
    expect(suggestZenMuxId("gpt-5")).toBeUndefined();
    expect(suggestZenMuxId("anthropic/claude-sonnet-4.5")).toBeUndefined();
    expect(suggestZenMuxId("claude-sonnet-4-6")).toBeUndefined();
  });
});

describe("catalogIdOf", () => {
  it("finds the catalog entry behind pins and aliases", () => {
    expect(catalogIdOf("anthropic/claude-3.7-sonnet:amazon-bedrock")).toBe(
      "anthropic/claude-3.7-sonnet",
    );
    expect(catalogIdOf("claude-sonnet-4-5")).toBe("anthropic/claude-sonnet-4.5");
    expect(catalogIdOf(" openai/gpt-5 ")).toBe("openai/gpt-5");
  });
});

describe("fieldsDroppedByConversion", () => {
  it("drops nothing for Claude, top_k through Chat Completions, both through Responses", () => {
    expect(fieldsDroppedByConversion("anthropic/claude-sonnet-4.5")).toEqual([]);
    expect(fieldsDroppedByConversion("claude-sonnet-4-6")).toEqual([]);
    expect(fieldsDroppedByConversion("google/gemini-3.1-pro-preview")).toEqual(["top_k"]);
    expect(fieldsDroppedByConversion("openai/gpt-5")).toEqual(["stop_sequences", "top_k"]);
  });
});
