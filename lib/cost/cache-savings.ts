import type { ModelInfo } from "@/lib/anthropic/models";
import type { ResponseUsage } from "@/lib/anthropic/stream-accumulator";
import { estimateCost } from "@/lib/cost/cost";

export interface CacheSavings {
  /** What the run cost with its cache reads and writes. */
  withCacheUsd: number;
  /** What the same request would have cost with every prompt token billed as plain input. */
  withoutCacheUsd: number;
  /** Positive when caching saved money; negative when a write cost more than it saved. */
  savedUsd: number;
}

/** The money caching saved (a read) or spent (a write) on one run; undefined when nothing was cached. */
export function cacheSavings(
  model: Pick<ModelInfo, "pricings"> | undefined,
  usage: ResponseUsage,
): CacheSavings | undefined {
  const read = usage.cache_read_input_tokens ?? 0;
  const written = usage.cache_creation_input_tokens ?? 0;
  if (read + written === 0) return undefined;
  const withCache = estimateCost(model, usage);
  const withoutCache = estimateCost(model, {
    input_tokens: (usage.input_tokens ?? 0) + read + written,
    output_tokens: usage.output_tokens ?? 0,
  });
  if (!withCache || !withoutCache) return undefined;
  return {
    withCacheUsd: withCache.usd,
    withoutCacheUsd: withoutCache.usd,
    savedUsd: withoutCache.usd - withCache.usd,
  };
}
