"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ContextMeter } from "@/components/cost/context-meter.lazy";
import { primaryButtonClass } from "@/components/ui/field-styles";
import { KeyHint, useRunShortcutLabel } from "@/components/ui/shortcut";
import { StopButton } from "@/components/ui/stop-button";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { checkRequest } from "@/lib/checks/checks";
import { RUN_MODE_LABELS, runMode } from "@/lib/keys/run-mode";
import { useUserKey } from "@/lib/keys/use-user-key";
import { useRequestIssues, useRequestStore } from "@/lib/request/request-context";
import { formatSeconds, useElapsed } from "@/lib/run/use-elapsed";
import type { RunController } from "@/lib/run/use-run";

const hasErrors = (request: PlaygroundRequest) =>
  checkRequest(request).some((issue) => issue.severity === "error");

/** True when a modal or popover owns Escape, so it must not also stop the run. */
function overlayOpen(): boolean {
  return document.querySelector('[role="dialog"][data-state="open"], [role="listbox"]') !== null;
}

export function RunBar({
  run,
  usesServerKey = false,
}: {
  run: RunController;
  /** Runs without the user's own key use the server's (else the emulator answers). */
  usesServerKey?: boolean;
}) {
  const store = useRequestStore();
  // The checks follow typing (a transition), so a keystroke does not wait for them.
  const issues = useRequestIssues();
  const userKey = useUserKey();
  const [overflow, setOverflow] = useState<string | null>(null);
  const checked = useMemo(() => issues.filter((issue) => issue.severity === "error"), [issues]);
  const blockers = overflow
    ? [...checked, { path: "max_tokens", message: overflow, severity: "error" as const }]
    : checked;
  const running = run.state.status === "running";
  const elapsed = useElapsed(run.state.startedAtEpoch, running);

  // The shortcut handler reads the latest values without re-subscribing on every render.
  const latest = useRef({ run, overflow, running });
  latest.current = { run, overflow, running };
  // Run sends the request as it is now, checked now: the checks on screen may be a key behind.
  const startNow = useCallback(() => {
    const { run, overflow, running } = latest.current;
    const request = store.get();
    if (running || overflow || hasErrors(request)) return;
    run.start(request);
  }, [store]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { run, running } = latest.current;
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing) {
        event.preventDefault();
        startNow();
      } else if (event.key === "Escape" && running && !event.defaultPrevented && !overlayOpen()) {
        run.stop();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [startNow]);

  const blockedId = "run-blocked-reason";
  const keySource = RUN_MODE_LABELS[runMode(usesServerKey, userKey !== null)].runsWith;
  const shortcut = useRunShortcutLabel();

  return (
    <div className="flex min-h-14 flex-wrap items-center gap-x-3 gap-y-1 border-t border-border bg-zinc-50/80 px-3 py-2.5 text-sm dark:bg-zinc-900/40">
      {running ? (
        <StopButton onStop={run.stop} aria-keyshortcuts="Escape">
          <KeyHint className="bg-surface-muted text-zinc-600 dark:text-zinc-300">Esc</KeyHint>
        </StopButton>
      ) : (
        <button
          type="button"
          onClick={startNow}
          disabled={blockers.length > 0}
          aria-describedby={blockers.length > 0 ? blockedId : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title={`Run (${shortcut})`}
          className={`${primaryButtonClass} min-w-24 px-4`}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3 fill-current">
            <path d="M4 2.5v11l9-5.5z" />
          </svg>
          Run
          <KeyHint className="bg-indigo-800/70 text-white">{shortcut}</KeyHint>
        </button>
      )}
      {running && (
        <span className="font-mono text-xs tabular-nums text-fg-secondary">
          <span className="sr-only">Elapsed: </span>
          <span data-testid="run-elapsed">{formatSeconds(elapsed)}</span>
        </span>
      )}
      {blockers.length > 0 && (
        <p id={blockedId} className="text-xs text-danger">
          Run is blocked: {blockers.map((issue) => issue.message).join(" ")}
        </p>
      )}
      <ContextMeter onOverflow={setOverflow} />
      <span className="ml-auto inline-flex items-center gap-1.5 text-xs text-fg-muted">
        <span className="text-fg-subtle">Runs with</span>
        <span
          data-testid="run-key-source"
          className="rounded border border-zinc-200 px-1.5 py-0.5 font-medium text-fg-soft dark:border-zinc-700"
        >
          {keySource}
        </span>
      </span>
    </div>
  );
}
