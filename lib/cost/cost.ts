import { baseModelId } from "@/lib/anthropic/model-ids";
import type { ModelInfo, Price } from "@/lib/anthropic/models";
import type { ResponseUsage } from "@/lib/anthropic/stream-accumulator";

export interface CostLine {
  label: string;
  tokens: number;
  /** USD per million tokens of the tier that applied. */
  pricePerM: number;
  usd: number;
}

export interface CostEstimate {
  usd: number;
  lines: CostLine[];
}

interface TokenCounts {
  prompt_tokens: number;
  completion_tokens: number;
}

function conditionsHold(price: Price, counts: TokenCounts): boolean {
  for (const [name, condition] of Object.entries(price.conditions ?? {})) {
    const tokens = counts[name as keyof TokenCounts];
    if (tokens === undefined) continue;
    // ZenMux states tier bounds in thousands of tokens, with any of gte, gt, lte and lt.
    const k = condition.unit === "kTokens" || condition.unit === undefined ? tokens / 1000 : tokens;
    if (condition.gte !== undefined && k < condition.gte) return false;
    if (condition.gt !== undefined && k <= condition.gt) return false;
    if (condition.lte !== undefined && k > condition.lte) return false;
    if (condition.lt !== undefined && k >= condition.lt) return false;
  }
  return true;
}

/** The per-million-token price that applies for these counts, or undefined when none does. */
export function pricePerMTokens(
  prices: readonly Price[] | undefined,
  counts: TokenCounts,
): number | undefined {
  const price = prices?.find((p) => p.unit === "perMTokens" && conditionsHold(p, counts));
  return price?.value;
}

/**
 * The catalog entry a run is priced by: the model that answered when the catalog prices it (an
 * alias arrives resolved, a fallback names the model that ran), else the one asked for.
 */
export function pricedModel<Model extends Pick<ModelInfo, "id" | "pricings">>(
  models: readonly Model[] | undefined,
  requested: string,
  answered: string | undefined,
): Model | undefined {
  const find = (id: string) => models?.find((model) => model.id === baseModelId(id));
  const byAnswer = answered ? find(answered) : undefined;
  return byAnswer?.pricings ? byAnswer : find(requested);
}

/**
 * The estimated cost of one reply from the model's listed prices. Tiers are chosen on the whole
 * prompt (input plus cached tokens), as long-context pricing counts them.
 */
export function estimateCost(
  model: Pick<ModelInfo, "pricings"> | undefined,
  usage: ResponseUsage,
): CostEstimate | undefined {
  const pricings = model?.pricings;
  if (!pricings) return undefined;
  const input = usage.input_tokens ?? 0;
  const output = usage.output_tokens ?? 0;
  const cacheRead = usage.cache_read_input_tokens ?? 0;
  const cacheWrite = usage.cache_creation_input_tokens ?? 0;
  const write1h = usage.cache_creation?.ephemeral_1h_input_tokens ?? 0;
  const counts: TokenCounts = {
    prompt_tokens: input + cacheRead + cacheWrite,
    completion_tokens: output,
  };
  const writeKey5m = pricings.input_cache_write_5_min
    ? "input_cache_write_5_min"
    : "input_cache_write";
  const parts: [string, number, readonly Price[] | undefined][] = [
    ["Input", input, pricings.prompt],
    ["Output", output, pricings.completion],
    ["Cache read", cacheRead, pricings.input_cache_read ?? pricings.prompt],
    [
      "Cache write",
      cacheWrite - write1h,
      pricings[writeKey5m] ?? pricings.input_cache_write_1_h ?? pricings.prompt,
    ],
    [
      "Cache write (1 h)",
      write1h,
      pricings.input_cache_write_1_h ?? pricings.input_cache_write ?? pricings.prompt,
    ],
  ];
  const lines: CostLine[] = [];
  for (const [label, tokens, prices] of parts) {
    if (tokens <= 0) continue;
    const perM = pricePerMTokens(prices, counts);
    if (perM === undefined) continue;
    lines.push({ label, tokens, pricePerM: perM, usd: (tokens * perM) / 1_000_000 });
  }
  if (!pricings.prompt && !pricings.completion) return undefined;
  return { usd: lines.reduce((sum, line) => sum + line.usd, 0), lines };
}

/** Every cost on the page has this many decimals, so costs line up and compare at a glance. */
export const COST_DECIMALS = 6;

const usdFormat = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: COST_DECIMALS,
  maximumFractionDigits: COST_DECIMALS,
});

/** `$0.000057`, `$0.003240`, `$1.250000`: one precision for every cost, tiny or not. */
export function formatUsd(usd: number): string {
  const smallest = 10 ** -COST_DECIMALS;
  // A cost too small for the precision still differs from a free one.
  if (usd > 0 && usd < smallest / 2) return `<${usdFormat.format(smallest)}`;
  return usdFormat.format(usd);
}
