"use client";
import * as Tabs from "@radix-ui/react-tabs";
import { memo, type ReactNode, useEffect, useRef, useState } from "react";
import { RunOriginNote } from "@/components/run/origin-label";
import { ResponseModelNote } from "@/components/run/response-model.lazy";
import {
  EventsView,
  FirstRun,
  MetricsView,
  preloadResponseViews,
  RawView,
  RecordingBar,
  ResponseView,
} from "@/components/run/response-views.lazy";
import { useFollowOutput } from "@/components/run/use-follow-output";
import { useWhenIdle } from "@/components/ui/use-when-idle";
import type { Comparison } from "@/lib/compare/compare";
import type { RunSnapshot } from "@/lib/run/recorder";
import { type RunOrigin, replaySpeedLabel } from "@/lib/run/run-origin";
import { formatDuration } from "@/lib/run/use-elapsed";
import type { RunController } from "@/lib/run/use-run";

const TABS = ["Response", "Events", "Raw", "Metrics"] as const;
type Tab = (typeof TABS)[number];

function statusText(state: RunSnapshot): string {
  switch (state.status) {
    case "idle":
      return "Ready";
    case "running":
      if (state.origin.kind === "replay") return "Replaying…";
      return state.httpStatus === undefined
        ? "Sending…"
        : state.streamed
          ? "Streaming…"
          : "Receiving…";
    case "done":
      return "Done";
    case "stopped":
      return "Stopped";
    case "error":
      return "Error";
  }
}

const statusTone: Record<RunSnapshot["status"], string> = {
  idle: "text-fg-subtle",
  running: "text-blue-700 dark:text-blue-400",
  done: "text-ok",
  stopped: "text-amber-700 dark:text-amber-400",
  error: "text-danger",
};

/** The badge that keeps a kept or replayed run from passing for a live answer. */
function originBadge(origin: RunOrigin): string | null {
  if (origin.kind === "replay") return `Replay · ${replaySpeedLabel(origin.speed)}`;
  if (origin.kind === "recorded") return `Recorded · from ${origin.from}`;
  return null;
}

/** The header's status code, saying first when a 200 stream later broke. */
function httpText(state: RunSnapshot): string | null {
  if (state.httpStatus === undefined) return null;
  if (state.error?.phase === "stream") return `Broke after HTTP ${state.httpStatus}`;
  return `HTTP ${state.httpStatus}`;
}

/**
 * The run on screen with its views. `lead` (the conversation so far) scrolls with it, so the
 * answer reads as the next message of the thread, a region of its own (in a comparison, the column
 * is the region). Memoised: a comparison's columns re-render as its shared request is typed in,
 * their runs do not change.
 */
export const ResponsePanel = memo(function ResponsePanel({
  run,
  lead,
  onCompare,
}: {
  run: RunController;
  lead?: ReactNode;
  /** Opens a comparison: the first run's comparison example needs it. */
  onCompare?(comparison: Comparison): void;
}) {
  const [tab, setTab] = useState<Tab>("Response");
  const { state } = run;
  const scrollRef = useRef<HTMLDivElement>(null);
  const running = state.status === "running";
  const follow = useFollowOutput(scrollRef, state, running);
  useWhenIdle(preloadResponseViews, 2_000);
  // A page too busy to be idle still fetches them by the time an answer (or error) arrives.
  useEffect(() => {
    if (running) preloadResponseViews();
  }, [running]);
  const badge = originBadge(state.origin);
  const http = httpText(state);
  return (
    <div ref={scrollRef} className="relative min-h-0 flex-1 overflow-y-auto">
      {lead}
      <Tabs.Root
        role={lead ? "region" : undefined}
        aria-label={lead ? "Response" : undefined}
        value={tab}
        onValueChange={(value) => setTab(value as Tab)}
        className={`flex flex-col ${lead ? "" : "min-h-full"}`}
      >
        <div className="sticky top-0 z-10 border-b border-border bg-surface">
          <div className="flex flex-wrap items-center gap-x-3 px-3">
            <Tabs.List aria-label="Response views" className="flex">
              {TABS.map((name) => (
                <Tabs.Trigger
                  key={name}
                  value={name}
                  className="border-b-2 border-transparent px-2.5 py-2 text-sm text-fg-muted hover:text-fg data-[state=active]:border-accent data-[state=active]:font-medium data-[state=active]:text-fg"
                >
                  {name}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            {/* min-w-0: the model note truncates before the status is pushed out of view. */}
            <div className="ml-auto flex min-w-0 items-center gap-2 text-xs whitespace-nowrap">
              <ResponseModelNote state={state} className="max-w-80 truncate" />
              {badge && (
                <span
                  role="status"
                  aria-label="Run source"
                  className="rounded-full border border-violet-300 bg-violet-50 px-2 py-0.5 font-medium text-violet-900 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-200"
                >
                  {badge}
                </span>
              )}
              {http && (
                <span
                  className={`font-mono whitespace-nowrap ${state.error?.phase === "stream" ? "text-danger" : "text-fg-muted"}`}
                >
                  {http}
                </span>
              )}
              {state.totalMs !== undefined && (
                <span className="font-mono whitespace-nowrap text-fg-muted">
                  {formatDuration(state.totalMs)}
                </span>
              )}
              <span
                role="status"
                aria-label="Run status"
                className={`font-medium ${statusTone[state.status]}`}
              >
                {statusText(state)}
              </span>
            </div>
          </div>
          {(run.recording || state.origin.kind === "replay") && <RecordingBar run={run} />}
        </div>
        <Tabs.Content value="Response" className="focus-visible:outline-none">
          {state.status === "idle" ? (
            <FirstRun run={run} onCompare={onCompare} />
          ) : (
            // The thread shows an added reply as a message: the pane empties rather than repeat it.
            <ResponseView state={state} onRun={run.start} onAdded={lead ? run.clear : undefined} />
          )}
        </Tabs.Content>
        <Tabs.Content value="Events" className="focus-visible:outline-none">
          <RunOriginNote state={state} />
          <EventsView state={state} />
        </Tabs.Content>
        <Tabs.Content value="Raw" className="focus-visible:outline-none">
          <RunOriginNote state={state} />
          <RawView state={state} />
        </Tabs.Content>
        <Tabs.Content value="Metrics" className="focus-visible:outline-none">
          <MetricsView state={state} onRun={run.start} />
        </Tabs.Content>
      </Tabs.Root>
      {follow.behind && (
        <button
          type="button"
          onClick={follow.jumpToLatest}
          className="sticky bottom-3 left-full mr-3 mb-3 ml-auto flex h-8 items-center gap-1.5 rounded-full border border-border-strong bg-surface-raised px-3 text-xs font-medium text-zinc-800 shadow-md hover:bg-surface-hover dark:text-zinc-100"
        >
          <svg viewBox="0 0 16 16" className="size-3" fill="none" stroke="currentColor" aria-hidden>
            <path d="M8 3v10m0 0 4-4m-4 4-4-4" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          Jump to latest
        </button>
      )}
    </div>
  );
});
