"use client";
import { memo } from "react";
import { ProtocolVerdict } from "@/components/run/protocol-verdict.lazy";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { VirtualList } from "@/components/ui/virtual-list";
import type { RunSnapshot, TimedSseItem } from "@/lib/run/recorder";

function pretty(data: string): string {
  try {
    return JSON.stringify(JSON.parse(data), null, 2);
  } catch {
    return data;
  }
}

const EventRow = memo(function EventRow({ item, index }: { item: TimedSseItem; index: number }) {
  const quiet = item.kind === "comment" || item.name === "ping";
  // The number the protocol check names an event by.
  const offset = (
    <>
      <span className="w-10 shrink-0 text-right font-mono tabular-nums text-fg-subtle">
        #{index}
      </span>
      <span className="w-16 shrink-0 text-right font-mono tabular-nums text-fg-subtle">
        +{item.offsetMs} ms
      </span>
    </>
  );
  if (item.kind === "comment") {
    return (
      <div className="flex gap-3 px-3 py-1 text-xs text-fg-subtle">
        {offset}
        <span className="font-mono">: {item.name}</span>
      </div>
    );
  }
  return (
    <div className={`px-3 py-0.5 text-xs ${quiet ? "text-fg-subtle" : ""}`}>
      <details>
        <summary className="flex cursor-pointer gap-3 py-0.5">
          {offset}
          <span className="font-mono font-medium">{item.name}</span>
          <span className="truncate font-mono text-fg-subtle">{item.data.slice(0, 120)}</span>
        </summary>
        <pre className="ml-32 overflow-x-auto rounded bg-surface-sunken p-2 font-mono">
          {pretty(item.data)}
        </pre>
      </details>
    </div>
  );
});

export function EventsView({ state }: { state: RunSnapshot }) {
  if (state.status === "idle") return <p className="p-4 text-sm text-fg-subtle">No run yet.</p>;
  if (!state.streamed) {
    return (
      <p className="p-4 text-sm text-fg-muted">
        {state.status === "running"
          ? "Waiting for the response…"
          : "This run was not streamed, so there are no events. Turn on streaming to see the SSE timeline."}
      </p>
    );
  }
  return (
    <div>
      <ProtocolVerdict state={state} />
      <p className="px-3 py-2 text-xs text-fg-subtle">
        {state.events.length} events; offsets from when the request was sent.
      </p>
      <ErrorBoundary
        resetKey={state.startedAtEpoch}
        fallback={<PlainEvents events={state.events} />}
      >
        <VirtualList
          label="Stream events"
          count={state.events.length}
          estimateSize={26}
          renderRow={(i) => {
            const item = state.events[i];
            return item && <EventRow item={item} index={i} />;
          }}
          className="divide-y divide-zinc-100 dark:divide-zinc-900"
        />
      </ErrorBoundary>
    </div>
  );
}

/** What the timeline falls back to if it fails to render: one plain line per event. */
function PlainEvents({ events }: { events: readonly TimedSseItem[] }) {
  return (
    <pre className="overflow-auto px-3 font-mono text-xs whitespace-pre-wrap">
      {events
        .map((e) => `+${e.offsetMs} ms ${e.name} ${e.kind === "comment" ? "" : e.data}`)
        .join("\n")}
    </pre>
  );
}
