import { describe, expect, it } from "vitest";
import type { ModelInfo } from "@/lib/anthropic/models";
import { costRange } from "@/lib/cost/cost-range";

const perM = (
  value: number,
  conditions?: Record<
    string,
    { unit: string; gte?: number; lt?: number; lte?: number; gt?: number }
  >,
) => ({
  value,
  unit: "perMTokens",
  currency: "USD",
  ...(conditions ? { conditions } : {}),
});

const sonnet: ModelInfo = {
  id: "anthropic/claude-sonnet-4.5",
  pricings: {
    prompt: [
      perM(3, { prompt_tokens: { unit: "kTokens", gte: 0, lt: 200 } }),
      perM(6, { prompt_tokens: { unit: "kTokens", gte: 200 } }),
    ],
    completion: [perM(15)],
    input_cache_read: [perM(0.3)],
    input_cache_write_5_min: [perM(3.75)],
    input_cache_write_1_h: [perM(6)],
  },
};

describe("costRange", () => {
  it("spans the input alone to the input plus all of max_tokens as output", () => {
    const range = costRange(sonnet, { inputTokens: 10_000, maxTokens: 4_000 });
    expect(range?.lowUsd).toBeCloseTo(0.03, 10);
    expect(range?.highUsd).toBeCloseTo(0.03 + 0.06, 10);
    expect(range?.inputPerM).toBe(3);
    expect(range?.outputPerM).toBe(15);
  });

  it("chooses the input tier by the prompt's size", () => {
    const below = costRange(sonnet, { inputTokens: 199_999, maxTokens: 1 });
    const above = costRange(sonnet, { inputTokens: 200_000, maxTokens: 1 });
    expect(below?.inputPerM).toBe(3);
    expect(above?.inputPerM).toBe(6);
    expect(above?.lowUsd).toBeCloseTo(1.2, 10);
  });

  it("reads lte and gt bounds as ZenMux states them", () => {
    const model: ModelInfo = {
      id: "x/y",
      pricings: {
        prompt: [
          perM(1, { prompt_tokens: { unit: "kTokens", lte: 32 } }),
          perM(2, { prompt_tokens: { unit: "kTokens", gt: 32 } }),
        ],
        completion: [perM(4)],
      },
    };
    expect(costRange(model, { inputTokens: 32_000, maxTokens: 1 })?.inputPerM).toBe(1);
    expect(costRange(model, { inputTokens: 32_001, maxTokens: 1 })?.inputPerM).toBe(2);
  });

  it("prices a cached prefix as a read at best and as a write at worst", () => {
    const range = costRange(sonnet, {
      inputTokens: 10_000,
      maxTokens: 0,
      cachedTokens: 8_000,
      cachedOneHourTokens: 2_000,
    });
    // Low: 2,000 input at $3 + 8,000 read at $0.30. High: 2,000 at $3 + 6,000 at $3.75 + 2,000 at $6.
    expect(range?.lowUsd).toBeCloseTo(0.006 + 0.0024, 10);
    expect(range?.highUsd).toBeCloseTo(0.006 + 0.0225 + 0.012, 10);
  });

  it("has no range for a model without prices", () => {
    expect(costRange({ id: "x" } as ModelInfo, { inputTokens: 5, maxTokens: 5 })).toBeUndefined();
    expect(costRange(undefined, { inputTokens: 5, maxTokens: 5 })).toBeUndefined();
  });
});
