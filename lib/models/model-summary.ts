import type { ModelInfo, Price } from "@/lib/anthropic/models";

/** 1000000 → "1M ctx", 200000 → "200K ctx", 262144 → "262K ctx". */
export function formatContext(tokens: number | undefined): string | null {
  if (!tokens || tokens <= 0) return null;
  if (tokens >= 1_000_000) return `${trim(tokens / 1_000_000)}M ctx`;
  if (tokens >= 1_000) return `${Math.round(tokens / 1_000)}K ctx`;
  return `${tokens} ctx`;
}

function trim(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, "");
}

function firstPerM(prices: readonly Price[] | undefined): number | undefined {
  return prices?.find((price) => price.unit === "perMTokens")?.value;
}

function formatUsd(value: number): string {
  return `$${Number(value.toFixed(3))}`;
}

/** "$3 / $15": the first tier of prompt and completion, per million tokens; null if unpriced. */
export function formatPrice(model: ModelInfo): string | null {
  const input = firstPerM(model.pricings?.prompt);
  const output = firstPerM(model.pricings?.completion);
  if (input === undefined && output === undefined) return null;
  return `${input === undefined ? "–" : formatUsd(input)} / ${output === undefined ? "–" : formatUsd(output)}`;
}
