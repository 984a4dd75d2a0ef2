"use client";
import { useEffect } from "react";
import { preloadMarkdown } from "@/components/markdown/markdown-text";
import { ContentBlockView } from "@/components/run/content-block-view";
import { ErrorView, StreamBreakMarker } from "@/components/run/error-view";
import { ReplyActions } from "@/components/run/reply-actions";
import { StreamCaret } from "@/components/run/stream-caret";
import { CopyButton } from "@/components/ui/copy-button";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { useWhenIdle } from "@/components/ui/use-when-idle";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { messageText, type ResponseMessage } from "@/lib/anthropic/stream-accumulator";
import type { RunSnapshot } from "@/lib/run/recorder";
import { formatDuration } from "@/lib/run/use-elapsed";

export function ResponseView({
  state,
  onRun,
  onAdded,
}: {
  state: RunSnapshot;
  onRun: (request: PlaygroundRequest) => void;
  /** Called once the reply is added to the conversation without a run. */
  onAdded?: () => void;
}) {
  const { message, error, request } = state;
  const running = state.status === "running";
  const hasOutput = (message?.content.length ?? 0) > 0;
  const endedAtEpoch = (state.startedAtEpoch ?? 0) + (state.totalMs ?? 0);
  // Load the Markdown renderer once the page is idle, or at the latest when a run starts, so its
  // first use does not land in the middle of a stream.
  useEffect(() => {
    if (running) preloadMarkdown();
  }, [running]);
  useWhenIdle(preloadMarkdown, 5_000, running);
  // A stream that broke shows its error under the partial output; any other error, first.
  const errorView = error && request && (
    <ErrorView
      error={error}
      endedAtEpoch={endedAtEpoch}
      onRetry={() => onRun(request)}
      model={request.body.model}
      mode={state.mode}
    />
  );
  return (
    <div className="space-y-3 p-3">
      {error?.phase !== "stream" && errorView}
      {running && !hasOutput && (
        <p className="text-sm text-fg-subtle" aria-live="polite">
          Waiting for the first token…
        </p>
      )}
      {message && (hasOutput || state.status === "done") && (
        <article aria-label="Reply" aria-busy={running} className="space-y-3">
          <ErrorBoundary
            resetKey={state.startedAtEpoch}
            fallback={<PlainReply message={message} />}
          >
            {message.content.map((block, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks are addressed by their index in the stream
              <ContentBlockView key={i} block={block} streaming={running} />
            ))}
          </ErrorBoundary>
          {running && hasOutput && <StreamCaret />}
          {!hasOutput && <p className="text-sm text-fg-subtle">The reply has no content.</p>}
          {error?.phase === "stream" && <StreamBreakMarker error={error} />}
        </article>
      )}
      {error?.phase === "stream" && !hasOutput && <StreamBreakMarker error={error} />}
      {error?.phase === "stream" && errorView}
      {state.status === "stopped" && (
        <p role="status" className="text-xs text-warn">
          Stopped after {formatDuration(state.totalMs)}
          {hasOutput ? "; the partial output is kept." : "."}
        </p>
      )}
      {message && !running && (
        <div className="flex flex-wrap items-center gap-2 border-t border-border pt-3">
          {message.stop_reason && (
            <span className="rounded-full border border-border-strong px-2 py-0.5 font-mono text-xs text-fg-secondary">
              <span className="sr-only">Stop reason: </span>
              {message.stop_reason}
            </span>
          )}
          <span className="ml-auto">
            <CopyButton text={messageText(message)} />
          </span>
        </div>
      )}
      {message && hasOutput && !running && request && (
        <ReplyActions
          key={`${state.startedAtEpoch}`}
          message={message}
          ran={request}
          onRun={onRun}
          onAdded={onAdded}
        />
      )}
    </div>
  );
}

/** What a reply that failed to render falls back to: its text, as plain text. */
function PlainReply({ message }: { message: ResponseMessage }) {
  return <p className="text-sm whitespace-pre-wrap text-fg">{messageText(message)}</p>;
}
