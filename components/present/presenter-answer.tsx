"use client";

import { useQuery } from "@tanstack/react-query";
import { ContentBlockView } from "@/components/run/content-block-view";
import { StreamCaret } from "@/components/run/stream-caret";
import { columnFigures } from "@/lib/compare/column-figures";
import { formatUsd } from "@/lib/cost/cost";
import { modelsQueryOptions } from "@/lib/models/models-query";
import type { RunSnapshot } from "@/lib/run/recorder";
import { replaySpeedLabel } from "@/lib/run/run-origin";
import { formatDuration } from "@/lib/run/use-elapsed";

/**
 * A run as an audience sees it: the answer, one sentence for an error, and the timing (and cost,
 * unless hidden). No request ids, headers or raw bytes.
 */
export function PresenterAnswer({ state, hideCosts }: { state: RunSnapshot; hideCosts: boolean }) {
  const models = useQuery(modelsQueryOptions());
  const running = state.status === "running";
  const figures = columnFigures(state, models.data?.data);
  const replay = state.origin.kind === "replay" ? state.origin : null;
  const facts: [string, string][] = [
    ["Time to first token", figures.ttftMs === undefined ? "" : formatDuration(figures.ttftMs)],
    ["Tokens/s", figures.tokensPerSecond === undefined ? "" : figures.tokensPerSecond.toFixed(1)],
    ["Total", figures.totalMs === undefined ? "" : formatDuration(figures.totalMs)],
    ["Cost", hideCosts || figures.costUsd === undefined ? "" : formatUsd(figures.costUsd)],
  ];
  return (
    <div className="space-y-3">
      {replay && (
        <p className="inline-block rounded-full border border-violet-300 bg-violet-50 px-3 py-0.5 text-sm font-medium text-violet-900 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-200">
          Replay · {replaySpeedLabel(replay.speed)}
        </p>
      )}
      {state.status === "idle" && <p className="text-fg-subtle">Not run yet.</p>}
      {running && !state.message?.content.length && (
        <p className="text-fg-subtle">Waiting for the first token…</p>
      )}
      {state.message && state.message.content.length > 0 && (
        <article aria-label="Reply" aria-busy={running} className="space-y-3">
          {state.message.content.map((block, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are addressed by their index in the stream
            <ContentBlockView key={i} block={block} streaming={running} />
          ))}
          {running && <StreamCaret />}
        </article>
      )}
      {state.error && (
        <p role="alert" className="font-medium text-danger">
          {state.error.message}
        </p>
      )}
      {state.status === "stopped" && <p className="text-warn">Stopped.</p>}
      {state.status === "done" && (
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-fg-muted">
          {facts
            .filter(([, value]) => value)
            .map(([term, value]) => (
              <div key={term} className="flex gap-2">
                <dt>{term}</dt>
                <dd className="font-mono text-fg">{value}</dd>
              </div>
            ))}
        </dl>
      )}
    </div>
  );
}
