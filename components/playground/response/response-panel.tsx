"use client";
import * as Tabs from "@radix-ui/react-tabs";
import { useState } from "react";
import { EventsView } from "@/components/playground/response/events-view";
import { MetricsView } from "@/components/playground/response/metrics-view";
import { RawView } from "@/components/playground/response/raw-view";
import { ResponseView } from "@/components/playground/response/response-view";
import type { RunSnapshot } from "@/lib/playground/run-client";
import { formatDuration } from "@/lib/playground/use-elapsed";
import type { RunController } from "@/lib/playground/use-run";

const TABS = ["Response", "Events", "Raw", "Metrics"] as const;
type Tab = (typeof TABS)[number];

function statusText(state: RunSnapshot): string {
  switch (state.status) {
    case "idle":
      return "Ready";
    case "running":
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
  idle: "text-zinc-500 dark:text-zinc-400",
  running: "text-blue-700 dark:text-blue-400",
  done: "text-emerald-700 dark:text-emerald-400",
  stopped: "text-amber-700 dark:text-amber-400",
  error: "text-red-700 dark:text-red-400",
};

export function ResponsePanel({ run }: { run: RunController }) {
  const [tab, setTab] = useState<Tab>("Response");
  const { state } = run;
  return (
    <Tabs.Root
      value={tab}
      onValueChange={(value) => setTab(value as Tab)}
      className="flex min-h-full flex-col"
    >
      <div className="sticky top-0 z-10 flex items-center gap-3 border-b border-zinc-200 bg-white px-3 dark:border-zinc-800 dark:bg-zinc-950">
        <Tabs.List aria-label="Response views" className="flex">
          {TABS.map((name) => (
            <Tabs.Trigger
              key={name}
              value={name}
              className="border-b-2 border-transparent px-2.5 py-2 text-sm text-zinc-600 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-blue-600 data-[state=active]:border-zinc-900 data-[state=active]:font-medium data-[state=active]:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100 dark:data-[state=active]:border-zinc-100 dark:data-[state=active]:text-zinc-100"
            >
              {name}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <div className="ml-auto flex items-center gap-2 text-xs">
          {state.httpStatus !== undefined && (
            <span className="font-mono text-zinc-600 dark:text-zinc-400">
              HTTP {state.httpStatus}
            </span>
          )}
          {state.totalMs !== undefined && (
            <span className="font-mono text-zinc-600 dark:text-zinc-400">
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
      <Tabs.Content value="Response" className="focus-visible:outline-none">
        {state.status === "idle" ? (
          <div className="p-6 text-sm text-zinc-500 dark:text-zinc-400">
            <p>Run the request to see the reply here.</p>
            <p className="mt-1 text-xs">
              <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> runs from anywhere; <kbd>Esc</kbd>{" "}
              stops.
            </p>
          </div>
        ) : (
          <ResponseView state={state} onRun={run.start} />
        )}
      </Tabs.Content>
      <Tabs.Content value="Events" className="focus-visible:outline-none">
        <EventsView state={state} />
      </Tabs.Content>
      <Tabs.Content value="Raw" className="focus-visible:outline-none">
        <RawView state={state} />
      </Tabs.Content>
      <Tabs.Content value="Metrics" className="focus-visible:outline-none">
        <MetricsView state={state} />
      </Tabs.Content>
    </Tabs.Root>
  );
}
