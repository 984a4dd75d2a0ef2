import { describe, expect, it } from "vitest";
import type { ModelInfo } from "@/lib/anthropic/models";
import { estimateCost, formatUsd, pricedModel, pricePerMTokens } from "@/lib/cost/cost";

const sonnet: ModelInfo = {
  id: "anthropic/claude-sonnet-4.5",
  pricings: {
    prompt: [
      {
        value: 3,
        unit: "perMTokens",
        currency: "USD",
        conditions: { prompt_tokens: { unit: "kTokens", gte: 0, lt: 200 } },
      },
      {
        value: 6,
        unit: "perMTokens",
        currency: "USD",
        conditions: { prompt_tokens: { unit: "kTokens", gte: 200 } },
      },
    ],
    completion: [
      {
        value: 15,
        unit: "perMTokens",
        currency: "USD",
        conditions: { completion_tokens: { unit: "kTokens", lt: 10 } },
      },
      {
        value: 20,
        unit: "perMTokens",
        currency: "USD",
        conditions: { completion_tokens: { unit: "kTokens", gte: 10 } },
      },
    ],
    input_cache_read: [{ value: 0.3, unit: "perMTokens", currency: "USD" }],
    input_cache_write_5_min: [{ value: 3.75, unit: "perMTokens", currency: "USD" }],
    input_cache_write_1_h: [{ value: 6, unit: "perMTokens", currency: "USD" }],
  },
};

describe("pricePerMTokens", () => {
  const prices = sonnet.pricings?.prompt;
  it("chooses the tier with gte inclusive and lt exclusive, in kTokens", () => {
    expect(pricePerMTokens(prices, { prompt_tokens: 0, completion_tokens: 0 })).toBe(3);
    expect(pricePerMTokens(prices, { prompt_tokens: 199_999, completion_tokens: 0 })).toBe(3);
    expect(pricePerMTokens(prices, { prompt_tokens: 200_000, completion_tokens: 0 })).toBe(6);
    expect(pricePerMTokens(prices, { prompt_tokens: 900_000, completion_tokens: 0 })).toBe(6);
  });
  it("ignores prices in other units", () => {
    expect(
      pricePerMTokens([{ value: 0.01, unit: "perCount", currency: "USD" }], {
        prompt_tokens: 1,
        completion_tokens: 1,
      }),
    ).toBeUndefined();
  });
});

describe("estimateCost", () => {
  it("adds input, output, cache read and cache write at their prices", () => {
    const cost = estimateCost(sonnet, {
      input_tokens: 1000,
      output_tokens: 2000,
      cache_read_input_tokens: 10_000,
      cache_creation_input_tokens: 4000,
    });
    // 1000×3 + 2000×15 + 10000×0.3 + 4000×3.75 = 3000 + 30000 + 3000 + 15000 per million
    expect(cost?.usd).toBeCloseTo(0.051, 10);
    expect(cost?.lines.map((l) => l.label)).toEqual([
      "Input",
      "Output",
      "Cache read",
      "Cache write",
    ]);
  });

  it("switches to the long-context tier when the whole prompt reaches it", () => {
    const cost = estimateCost(sonnet, {
      input_tokens: 150_000,
      cache_read_input_tokens: 60_000,
      output_tokens: 0,
    });
    expect(cost?.lines.find((l) => l.label === "Input")?.pricePerM).toBe(6);
    expect(cost?.usd).toBeCloseTo((150_000 * 6 + 60_000 * 0.3) / 1e6, 10);
  });

  it("chooses completion tiers by completion tokens", () => {
    const cost = estimateCost(sonnet, { input_tokens: 0, output_tokens: 10_000 });
    expect(cost?.lines[0]).toMatchObject({ label: "Output", pricePerM: 20 });
  });

  it("prices 1-hour cache writes separately when the breakdown says so", () => {
    const cost = estimateCost(sonnet, {
      input_tokens: 0,
      output_tokens: 0,
      cache_creation_input_tokens: 3000,
      cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
    });
    expect(cost?.usd).toBeCloseTo((1000 * 3.75 + 2000 * 6) / 1e6, 10);
  });

  it("is unknown without pricing", () => {
    expect(estimateCost(undefined, { input_tokens: 1 })).toBeUndefined();
    expect(estimateCost({ pricings: undefined }, { input_tokens: 1 })).toBeUndefined();
  });
});

describe("pricedModel", () => {
  const unpriced: ModelInfo = { id: "anthropic/claude-haiku-4.5" };
  const catalog = [sonnet, unpriced];

  it("prices an alias run by the model that answered", () => {
    expect(pricedModel(catalog, "claude-sonnet-4-5", "anthropic/claude-sonnet-4.5")).toBe(sonnet);
  });

  it("reads the answering model's catalog entry through a provider pin", () => {
    expect(pricedModel(catalog, "x", "anthropic/claude-sonnet-4.5:amazon-bedrock")).toBe(sonnet);
  });

  it("falls back to the requested model when the answering one has no price or no entry", () => {
    expect(pricedModel(catalog, "anthropic/claude-sonnet-4.5", unpriced.id)).toBe(sonnet);
    expect(pricedModel(catalog, "anthropic/claude-sonnet-4.5", "other/unknown")).toBe(sonnet);
    expect(pricedModel(catalog, "anthropic/claude-sonnet-4.5:vertex", undefined)).toBe(sonnet);
  });

  it("finds nothing without a catalog or a match", () => {
    expect(pricedModel(undefined, "anthropic/claude-sonnet-4.5", undefined)).toBeUndefined();
    expect(pricedModel(catalog, "claude-sonnet-4-5", undefined)).toBeUndefined();
  });
});

describe("formatUsd", () => {
  it("gives every cost the same six decimals, tiny or not", () => {
    expect(formatUsd(0.000057)).toBe("$0.000057");
    expect(formatUsd(0.00324)).toBe("$0.003240");
    expect(formatUsd(0.051)).toBe("$0.051000");
    expect(formatUsd(1.25)).toBe("$1.250000");
    expect(formatUsd(1234.5)).toBe("$1,234.500000");
    const decimals = [0.000057, 0.00324, 0.051, 1.25].map(
      (usd) => formatUsd(usd).split(".")[1]?.length,
    );
    expect(new Set(decimals)).toEqual(new Set([6]));
  });

  it("rounds to the millionth, and keeps a tiny cost apart from a free one", () => {
    expect(formatUsd(0)).toBe("$0.000000");
    expect(formatUsd(0.0000015)).toBe("$0.000002");
    expect(formatUsd(0.0000004)).toBe("<$0.000001");
  });
});
