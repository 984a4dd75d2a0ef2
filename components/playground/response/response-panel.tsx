"use client";
import * as Tabs from "@radix-ui/react-tabs";
import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import { EventsView } from "@/components/playground/response/events-view";
import { MetricsView } from "@/components/playground/response/metrics-view";
import { RawView } from "@/components/playground/response/raw-view";
import { ResponseView } from "@/components/playground/response/response-view";
import { RunOriginNote } from "@/components/playground/response/run-origin";
import { useFollowOutput } from "@/components/playground/response/use-follow-output";
import { buttonClass } from "@/components/ui/field-styles";
import type { Comparison } from "@/lib/playground/compare";
import type { RunSnapshot } from "@/lib/playground/run-client";
import {
  REPLAY_SPEEDS,
  type ReplaySpeed,
  type RunOrigin,
  replaySpeedLabel,
} from "@/lib/playground/run-origin";
import { formatDuration } from "@/lib/playground/use-elapsed";
import type { RunController } from "@/lib/playground/use-run";

// The examples load beside the page rather than in it: the first load stays as light as it was.
const FirstRun = dynamic(
  () => import("@/components/playground/response/first-run").then((m) => m.FirstRun),
  { ssr: false, loading: () => <div className="min-h-96" /> },
);

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

export function ResponsePanel({
  run,
  onCompare,
}: {
  run: RunController;
  /** Opens a comparison: the first run's comparison example needs it. */
  onCompare?(comparison: Comparison): void;
}) {
  const [tab, setTab] = useState<Tab>("Response");
  const { state } = run;
  const scrollRef = useRef<HTMLDivElement>(null);
  const running = state.status === "running";
  const follow = useFollowOutput(scrollRef, state, running);
  const badge = originBadge(state.origin);
  const http = httpText(state);
  return (
    <div ref={scrollRef} className="relative min-h-0 flex-1 overflow-y-auto">
      <Tabs.Root
        value={tab}
        onValueChange={(value) => setTab(value as Tab)}
        className="flex min-h-full flex-col"
      >
        <div className="sticky top-0 z-10 border-b border-border bg-surface">
          <div className="flex items-center gap-3 px-3">
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
            <div className="ml-auto flex items-center gap-2 text-xs">
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
                  className={`font-mono ${state.error?.phase === "stream" ? "text-danger" : "text-fg-muted"}`}
                >
                  {http}
                </span>
              )}
              {state.totalMs !== undefined && (
                <span className="font-mono text-fg-muted">{formatDuration(state.totalMs)}</span>
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
            <ResponseView state={state} onRun={run.start} />
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
          <MetricsView state={state} />
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
}

/** Replay and export for the run on screen: it is a recording, live or kept. */
function RecordingBar({ run }: { run: RunController }) {
  const [speed, setSpeed] = useState<ReplaySpeed>(1);
  const replaying = run.state.origin.kind === "replay" && run.state.status === "running";
  const { recording } = run;
  return (
    <div className="flex items-center gap-2 border-t border-zinc-100 px-3 py-1.5 text-xs dark:border-zinc-900">
      {replaying ? (
        <button type="button" onClick={run.stop} className={buttonClass}>
          <span aria-hidden="true" className="size-2 rounded-[2px] bg-current" />
          Stop replay
        </button>
      ) : (
        <>
          <button
            type="button"
            disabled={!recording}
            onClick={() => recording && run.replay(recording, speed)}
            title="Plays the recorded bytes again: no key or network needed"
            className={buttonClass}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true" className="size-2.5 fill-current">
              <path d="M4 2.5v11l9-5.5z" />
            </svg>
            Replay
          </button>
          <label className="inline-flex items-center gap-1 text-fg-muted">
            <span>at</span>
            <select
              aria-label="Replay speed"
              value={String(speed)}
              onChange={(event) => {
                const value = event.target.value;
                setSpeed(value === "instant" ? "instant" : (Number(value) as ReplaySpeed));
              }}
              className="h-6 rounded border border-border-strong bg-surface-raised px-1 text-xs text-zinc-800 dark:text-zinc-100"
            >
              {REPLAY_SPEEDS.map((option) => (
                <option key={option} value={String(option)}>
                  {replaySpeedLabel(option)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <button
        type="button"
        disabled={!recording}
        onClick={() => {
          if (!recording) return;
          void import("@/lib/playground/run-file").then((file) => file.downloadRunFile(recording));
        }}
        title="Save the request and its answer as a JSON file"
        className={`${buttonClass} ml-auto whitespace-nowrap`}
      >
        Export run
      </button>
    </div>
  );
}
