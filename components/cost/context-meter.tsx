"use client";

import { useQuery } from "@tanstack/react-query";
import { memo, useEffect, useMemo } from "react";
import { catalogIdOf } from "@/lib/anthropic/model-ids";
import { cachePrefix } from "@/lib/cost/cache-prefix";
import { type ContextFit, contextFit } from "@/lib/cost/context-fit";
import { formatUsd } from "@/lib/cost/cost";
import { costRange } from "@/lib/cost/cost-range";
import { formatCount as n } from "@/lib/format/format-count";
import { modelsQueryOptions } from "@/lib/models/models-query";
import { useDeferredRequest } from "@/lib/request/request-context";
import { CachePrefixPopover } from "./cache-prefix-popover";
import { useTokenCount } from "./use-token-count";

// Made once: building a number format costs more than many renders of the meter.
const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** `200,000` → `200K`, `1,048,576` → `1M`: the window's size at a glance. */
const compact = (value: number) => COMPACT.format(value);

const BAR_TONE: Record<ContextFit["level"], string> = {
  ok: "bg-indigo-500 dark:bg-indigo-400",
  near: "bg-amber-500 dark:bg-amber-400",
  over: "bg-red-600 dark:bg-red-500",
};

/**
 * Beside Run: the prompt's tokens against the model's context window, what the request may cost,
 * and its cache prefix. `onOverflow` tells the Run bar when max_tokens cannot fit, so Run is blocked.
 * It follows the request after each keystroke has painted, and skips the Run bar's renders as an
 * answer streams (memo: its one prop is a state setter).
 */
export const ContextMeter = memo(function ContextMeter({
  onOverflow,
}: {
  onOverflow: (message: string | null) => void;
}) {
  const request = useDeferredRequest();
  const { count, stale, counted } = useTokenCount(request);
  const models = useQuery(modelsQueryOptions());
  const modelId = catalogIdOf(counted.body.model ?? "");
  const model = models.data?.data.find((entry) => entry.id === modelId);
  const contextWindow = model?.context_length;
  const maxTokens = typeof request.body.max_tokens === "number" ? request.body.max_tokens : 0;
  const tokens = count?.inputTokens;
  const fit =
    tokens !== undefined && contextWindow
      ? contextFit(tokens, maxTokens, contextWindow)
      : undefined;
  const prefix = useMemo(() => {
    if (tokens === undefined) return undefined;
    try {
      return cachePrefix(counted.body, tokens);
    } catch {
      // Raw JSON can hold any shape; the checks explain it, the prefix just stays hidden.
      return undefined;
    }
  }, [counted.body, tokens]);
  const range =
    tokens === undefined
      ? undefined
      : costRange(model, {
          inputTokens: tokens,
          maxTokens,
          cachedTokens: prefix?.cachedTokens,
          cachedOneHourTokens: prefix?.cachedOneHourTokens,
        });

  const overflow = fit?.level === "over" ? fit.message : null;
  useEffect(() => onOverflow(overflow), [onOverflow, overflow]);
  useEffect(() => () => onOverflow(null), [onOverflow]);

  if (tokens === undefined) {
    return <span className="order-last basis-full text-xs text-fg-muted">Counting tokens…</span>;
  }
  const share = fit ? Math.min(1, fit.share) : 0;
  const estimate = count?.source === "estimate";
  const valueText = `${n(tokens)} input tokens${contextWindow ? ` of ${n(contextWindow)} (${Math.round((fit?.share ?? 0) * 100)}%)` : ""}${estimate ? ", estimated" : ""}`;
  return (
    // Its own row under Run and the key source, so the bar does not push them about as it grows.
    <div className="order-last flex min-w-0 basis-full flex-wrap items-center gap-x-3 gap-y-1 text-xs">
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> can hold neither the count beside the bar nor our colours per level. */}
      <div
        role="meter"
        aria-label="Context window"
        aria-valuemin={0}
        aria-valuemax={contextWindow ?? tokens}
        aria-valuenow={Math.min(tokens, contextWindow ?? tokens)}
        aria-valuetext={valueText}
        aria-busy={stale}
        title={estimate ? `Estimated locally: ${count?.why}.` : "Counted by count_tokens."}
        className="flex items-center gap-2"
      >
        <span
          aria-hidden="true"
          className="relative h-1.5 w-24 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-700"
        >
          <span
            className={`absolute inset-y-0 left-0 rounded-full ${BAR_TONE[fit?.level ?? "ok"]}`}
            style={{ width: `${Math.max(share * 100, tokens > 0 ? 2 : 0)}%` }}
          />
        </span>
        <span
          aria-hidden="true"
          className={`font-mono tabular-nums text-fg-secondary ${stale ? "italic" : ""}`}
        >
          <span data-testid="input-tokens">{n(tokens)}</span>
          {contextWindow ? ` / ${compact(contextWindow)}` : ""} tokens
        </span>
        {estimate && (
          <span className="rounded border border-zinc-300 px-1 text-2xs text-zinc-600 dark:border-zinc-600 dark:text-zinc-300">
            estimate
          </span>
        )}
      </div>
      {range && (
        <span
          data-testid="cost-range"
          title={`Input at $${range.inputPerM ?? "?"}/M${range.outputPerM !== undefined ? `, output at $${range.outputPerM}/M` : ""}; the high end uses all of max_tokens (thinking included)${prefix?.cachedTokens ? " and writes the cache, the low end reads it" : ""}.`}
          className={`font-mono tabular-nums text-fg-muted ${stale ? "italic" : ""}`}
        >
          <span className="sr-only">Estimated cost: </span>
          {formatUsd(range.lowUsd)}–{formatUsd(range.highUsd)}
        </span>
      )}
      {prefix && <CachePrefixPopover prefix={prefix} model={modelId} estimate={estimate} />}
      {/* An overflow blocks Run, and the Run bar says why; a near-full window only warns. */}
      {fit?.level === "near" && (
        <p className="basis-full text-warn">Near the context limit: {fit.message}</p>
      )}
    </div>
  );
});
