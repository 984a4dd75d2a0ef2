/**
 * The comparison's summary row: each column's timing, tokens and cost, with the best of each
 * figure marked. Derived from the columns' run snapshots, like every other view.
 */
import type { ModelInfo } from "@/lib/anthropic/models";
import { estimateCost, pricedModel } from "@/lib/cost/cost";
import type { RunSnapshot } from "@/lib/run/recorder";
import { runRates } from "@/lib/run/run-rates";

export interface ColumnFigures {
  ttftMs?: number;
  tokensPerSecond?: number;
  totalMs?: number;
  /** Input plus output tokens. */
  tokens?: number;
  costUsd?: number;
}

export type Figure = keyof ColumnFigures;

/** Which way is better for each figure. */
export const FIGURES: readonly { key: Figure; label: string; better: "low" | "high" }[] = [
  { key: "ttftMs", label: "TTFT", better: "low" },
  { key: "tokensPerSecond", label: "Tokens/s", better: "high" },
  { key: "totalMs", label: "Total time", better: "low" },
  { key: "tokens", label: "Tokens", better: "low" },
  { key: "costUsd", label: "Cost", better: "low" },
];

export function columnFigures(
  state: RunSnapshot,
  models: readonly Pick<ModelInfo, "id" | "pricings">[] = [],
): ColumnFigures {
  // A run that failed or has not finished has no figures worth ranking.
  if (state.status !== "done") return {};
  const rates = runRates(state);
  const usage = state.message?.usage ?? {};
  const model = pricedModel(models, state.request?.body.model ?? "", state.message?.model);
  const tokens =
    usage.input_tokens === undefined && rates.outputTokens === undefined
      ? undefined
      : (usage.input_tokens ?? 0) + (rates.outputTokens ?? 0);
  return {
    ttftMs: state.streamed ? state.firstTokenMs : state.responseMs,
    tokensPerSecond: rates.tokensPerSecond,
    totalMs: state.totalMs,
    tokens,
    costUsd: state.message ? estimateCost(model, usage)?.usd : undefined,
  };
}

/** For each figure, the indexes of the columns that hold its best value (ties share it). */
export function bestColumns(figures: readonly ColumnFigures[]): Record<Figure, number[]> {
  const best = {} as Record<Figure, number[]>;
  for (const { key, better } of FIGURES) {
    const values = figures.map((f) => f[key]);
    const known = values.filter((v): v is number => v !== undefined);
    if (known.length < 2) {
      best[key] = [];
      continue;
    }
    const target = better === "low" ? Math.min(...known) : Math.max(...known);
    best[key] = values.flatMap((v, i) => (v === target ? [i] : []));
  }
  return best;
}
