"use client";

import { buttonClass } from "@/components/ui/field-styles";
import { cacheSegments } from "@/lib/anthropic/cache-plan";
import type { ModelInfo } from "@/lib/anthropic/models";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { cacheSavings } from "@/lib/cost/cache-savings";
import { formatUsd } from "@/lib/cost/cost";
import { formatCount as n } from "@/lib/format/format-count";
import type { RunSnapshot } from "@/lib/run/recorder";

function hasBreakpoint(request: PlaygroundRequest | undefined): boolean {
  if (!request) return false;
  try {
    return cacheSegments(request.body).some((segment) => segment.breakpoint);
  } catch {
    return false;
  }
}

/**
 * What the prompt cache did in this run, and what that was worth against the same request
 * without caching. Running the same request again within the TTL shows whether the cache is read.
 */
export function CacheSavingsView({
  state,
  model,
  onRun,
}: {
  state: RunSnapshot;
  model: ModelInfo | undefined;
  onRun?: (request: PlaygroundRequest) => void;
}) {
  const usage = state.message?.usage;
  const read = usage?.cache_read_input_tokens ?? 0;
  const written = usage?.cache_creation_input_tokens ?? 0;
  if (!usage || (read + written === 0 && !hasBreakpoint(state.request))) return null;
  const savings = cacheSavings(model, usage);
  const request = state.request;
  return (
    <section
      aria-label="Prompt cache"
      className="mt-4 max-w-xl space-y-2 rounded-md border border-border p-3 text-xs"
    >
      <h3 className="text-sm font-medium text-fg">Prompt cache</h3>
      <p className="text-fg-secondary">
        Wrote <span className="font-mono tabular-nums">{n(written)}</span> tokens to the cache, read{" "}
        <span className="font-mono tabular-nums">{n(read)}</span> from it.
      </p>
      {savings ? (
        savings.savedUsd >= 0 ? (
          <p className="text-emerald-800 dark:text-emerald-300">
            Saved {formatUsd(savings.savedUsd)} against the same request without caching (
            {formatUsd(savings.withoutCacheUsd)}).
          </p>
        ) : (
          <p className="text-warn">
            Spent {formatUsd(-savings.savedUsd)} more than without caching (
            {formatUsd(savings.withoutCacheUsd)}): a cache write costs more than plain input, and
            pays off when a later run reads it.
          </p>
        )
      ) : read + written === 0 ? (
        <p className="text-warn">
          Nothing was cached: the prefix may be shorter than the model's minimum, or the model
          ignores cache_control.
        </p>
      ) : null}
      {onRun && request && (
        <button
          type="button"
          disabled={state.status === "running"}
          onClick={() => onRun(request)}
          className={buttonClass}
        >
          Run again to check the cache
        </button>
      )}
    </section>
  );
}
