import { describe, expect, it } from "vitest";
import type { ModelInfo } from "@/lib/anthropic/models";
import { cacheSavings } from "@/lib/cost/cache-savings";

const flat = (value: number) => [{ value, unit: "perMTokens", currency: "USD" }];
const sonnet: ModelInfo = {
  id: "anthropic/claude-sonnet-4.5",
  pricings: {
    prompt: flat(3),
    completion: flat(15),
    input_cache_read: flat(0.3),
    input_cache_write_5_min: flat(3.75),
  },
};

describe("cacheSavings", () => {
  it("counts a cache read as money saved against plain input", () => {
    const savings = cacheSavings(sonnet, {
      input_tokens: 100,
      cache_read_input_tokens: 10_000,
      output_tokens: 50,
    });
    // Without the cache the 10,000 tokens cost $0.03; read they cost $0.003.
    expect(savings?.savedUsd).toBeCloseTo(0.027, 10);
    expect(savings?.withoutCacheUsd).toBeCloseTo(0.0003 + 0.03 + 0.00075, 10);
  });

  it("counts a cache write as money spent: it costs a quarter more than plain input", () => {
    const savings = cacheSavings(sonnet, {
      input_tokens: 100,
      cache_creation_input_tokens: 10_000,
      output_tokens: 0,
    });
    expect(savings?.savedUsd).toBeCloseTo(-0.0075, 10);
  });

  it("has nothing to say about a run that cached nothing", () => {
    expect(cacheSavings(sonnet, { input_tokens: 100, output_tokens: 5 })).toBeUndefined();
  });
});
