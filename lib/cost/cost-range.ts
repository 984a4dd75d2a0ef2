import type { ModelInfo } from "@/lib/anthropic/models";
import { estimateCost } from "@/lib/cost/cost";

/**
 * What a request can cost before it is sent, from the catalog's prices (cost.ts owns the maths):
 * at least its input, at most its input plus every one of `max_tokens` (thinking included) as
 * output. A cached prefix is read on a warm cache and written (at the higher price) on a cold one,
 * so the range spans both. Tiers follow the prompt's size, as ZenMux bills them.
 */

export interface PromptSize {
  inputTokens: number;
  maxTokens: number;
  /** Tokens up to the last cache breakpoint, and how many of them are under a 1 h TTL. */
  cachedTokens?: number;
  cachedOneHourTokens?: number;
}

export interface CostRange {
  lowUsd: number;
  highUsd: number;
  /** USD per million input and output tokens of the tiers that apply. */
  inputPerM?: number;
  outputPerM?: number;
}

export function costRange(
  model: Pick<ModelInfo, "pricings"> | undefined,
  size: PromptSize,
): CostRange | undefined {
  const cached = Math.min(size.cachedTokens ?? 0, size.inputTokens);
  const uncached = size.inputTokens - cached;
  const low = estimateCost(model, {
    input_tokens: uncached,
    cache_read_input_tokens: cached,
    output_tokens: 0,
  });
  const high = estimateCost(model, {
    input_tokens: uncached,
    cache_creation_input_tokens: cached,
    cache_creation: { ephemeral_1h_input_tokens: size.cachedOneHourTokens ?? 0 },
    output_tokens: size.maxTokens,
  });
  if (!low || !high) return undefined;
  const perM = (label: string) => high.lines.find((line) => line.label === label)?.pricePerM;
  return {
    lowUsd: low.usd,
    highUsd: high.usd,
    inputPerM: perM("Input"),
    outputPerM: perM("Output"),
  };
}
