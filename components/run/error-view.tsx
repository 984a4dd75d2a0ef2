"use client";
import { ErrorAdvice } from "@/components/run/error-advice.lazy";
import { primaryButtonClass } from "@/components/ui/field-styles";
import { Notice } from "@/components/ui/notice";
import { isCreditError, TOP_UP_URL } from "@/lib/anthropic/credit";
import type { RunMode } from "@/lib/keys/run-mode";
import type { RunError } from "@/lib/run/recorder";
import { useElapsed } from "@/lib/run/use-elapsed";

function RetryCountdown({ seconds, sinceEpoch }: { seconds: number; sinceEpoch: number }) {
  const elapsed = useElapsed(sinceEpoch, true, 250);
  const left = Math.max(0, Math.ceil(seconds - elapsed / 1000));
  return (
    <span className="text-xs text-fg-secondary">
      {left > 0 ? `Retry in ${left} s` : "You can retry now"}
    </span>
  );
}

export function ErrorView({
  error,
  endedAtEpoch,
  onRetry,
  model,
  mode,
}: {
  error: RunError;
  endedAtEpoch: number;
  onRetry: () => void;
  /** The model the run asked for, and the key it ran with: what the advice reads. */
  model: string;
  mode: RunMode;
}) {
  const title =
    error.phase === "stream"
      ? "The stream broke"
      : error.phase === "network"
        ? "The request did not reach the server"
        : `HTTP ${error.status ?? "error"}`;
  return (
    <Notice tone="danger" role="alert" size="md" className="text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <strong className="font-semibold">{title}</strong>
        <span className="rounded bg-red-100 px-1.5 py-0.5 font-mono text-xs dark:bg-red-900">
          {error.type}
        </span>
        {error.code && <span className="font-mono text-xs">code {error.code}</span>}
      </div>
      <p className="mt-1 break-words">{error.message}</p>
      <ErrorAdvice error={error} model={model} mode={mode} />
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        {error.status !== undefined && (
          <>
            {/* A broken stream began fine: its 200 is history, not the headline. */}
            <dt className="text-red-800/80 dark:text-red-200/70">
              {error.phase === "stream" ? "Began with" : "Status"}
            </dt>
            <dd className="font-mono">
              {error.phase === "stream" ? `HTTP ${error.status}, then broke` : error.status}
            </dd>
          </>
        )}
        <dt className="text-red-800/80 dark:text-red-200/70">Request id</dt>
        <dd className="font-mono break-all">{error.requestId ?? "—"}</dd>
      </dl>
      <div className="mt-2 flex items-center gap-3">
        {isCreditError(error) ? (
          // Retrying cannot help until the balance is topped up.
          <a
            href={TOP_UP_URL}
            target="_blank"
            rel="noopener noreferrer"
            className={`${primaryButtonClass} no-underline`}
          >
            Top up credit on ZenMux
          </a>
        ) : (
          <button type="button" onClick={onRetry} className={primaryButtonClass}>
            Retry
          </button>
        )}
        {error.retryAfterSec !== undefined && (
          <RetryCountdown seconds={error.retryAfterSec} sinceEpoch={endedAtEpoch} />
        )}
      </div>
    </Notice>
  );
}

/** Where a broken stream stopped, under the partial output it left. */
export function StreamBreakMarker({ error }: { error: RunError }) {
  return (
    <p
      role="note"
      className="mt-2 flex items-center gap-2 border-t-2 border-dashed border-red-400 pt-1 text-xs font-medium text-red-800 dark:border-red-700 dark:text-red-300"
    >
      Stream broke here: {error.type} — {error.message}
    </p>
  );
}
