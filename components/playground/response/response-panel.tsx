"use client";
import * as Tabs from "@radix-ui/react-tabs";
import { useState } from "react";
import { EventsView } from "@/components/playground/response/events-view";
import { MetricsView } from "@/components/playground/response/metrics-view";
import { RawView } from "@/components/playground/response/raw-view";
import { ResponseView } from "@/components/playground/response/response-view";
import { useRunShortcutLabel } from "@/components/ui/shortcut";
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
              className="border-b-2 border-transparent px-2.5 py-2 text-sm text-zinc-600 hover:text-zinc-900 data-[state=active]:border-indigo-600 data-[state=active]:font-medium data-[state=active]:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100 dark:data-[state=active]:border-indigo-400 dark:data-[state=active]:text-zinc-100"
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
          <EmptyResponse />
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

/** What a new user sees before the first run: the three steps, and what else is here. */
function EmptyResponse() {
  const shortcut = useRunShortcutLabel();
  const steps = [
    "Choose a model at the top left, or keep the one chosen.",
    "Write the user message (and a system prompt if you like).",
    `Press Run, or ${shortcut.replace("↵", "Enter")} from anywhere. Esc stops.`,
  ];
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4 px-6 py-10 text-sm text-zinc-600 dark:text-zinc-400">
      <div>
        <h2 className="text-base font-semibold text-zinc-900 dark:text-zinc-100">
          The reply appears here
        </h2>
        <p className="mt-1">It streams in as the model writes it.</p>
      </div>
      <ol className="flex flex-col gap-2">
        {steps.map((step, index) => (
          <li key={step} className="flex items-start gap-2.5">
            <span
              aria-hidden="true"
              className="grid size-5 shrink-0 place-items-center rounded-full bg-indigo-50 text-xs font-semibold text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300"
            >
              {index + 1}
            </span>
            <span>{step}</span>
          </li>
        ))}
      </ol>
      <p className="border-t border-zinc-200 pt-3 text-xs dark:border-zinc-800">
        Then read the stream in <strong className="font-medium">Events</strong>, the exact bytes in{" "}
        <strong className="font-medium">Raw</strong>, timing and cost in{" "}
        <strong className="font-medium">Metrics</strong>. The code below sends the same request.
      </p>
    </div>
  );
}
