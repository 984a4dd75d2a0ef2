"use client";

import { useEffect, useRef } from "react";
import { usePlaygroundRequest } from "@/components/playground/request-context";
import { checkRequest } from "@/lib/playground/checks";
import type { ServerMode } from "@/lib/playground/server-mode";
import { formatSeconds, useElapsed } from "@/lib/playground/use-elapsed";
import type { RunController } from "@/lib/playground/use-run";
import { useUserKey } from "@/lib/playground/use-user-key";

function keySourceLabel(hasUserKey: boolean, serverMode: ServerMode): string {
  if (hasUserKey) return "Your key";
  return serverMode === "zenmux" ? "Server key" : "Demo (no key)";
}

/** True when a modal or popover owns Escape, so it must not also stop the run. */
function overlayOpen(): boolean {
  return document.querySelector('[role="dialog"][data-state="open"], [role="listbox"]') !== null;
}

export function RunBar({
  run,
  serverMode = "demo",
}: {
  run: RunController;
  serverMode?: ServerMode;
}) {
  const [request] = usePlaygroundRequest();
  const userKey = useUserKey();
  const blockers = checkRequest(request).filter((issue) => issue.severity === "error");
  const running = run.state.status === "running";
  const elapsed = useElapsed(run.state.startedAtEpoch, running);

  // The shortcut handler reads the latest values without re-subscribing on every render.
  const latest = useRef({ run, request, blocked: blockers.length > 0, running });
  latest.current = { run, request, blocked: blockers.length > 0, running };

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { run, request, blocked, running } = latest.current;
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing) {
        event.preventDefault();
        if (!blocked && !running) run.start(request);
      } else if (event.key === "Escape" && running && !event.defaultPrevented && !overlayOpen()) {
        run.stop();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const blockedId = "run-blocked-reason";
  const keySource = keySourceLabel(userKey !== null, serverMode);

  return (
    <div className="flex min-h-12 flex-wrap items-center gap-x-3 gap-y-1 border-t border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
      {running ? (
        <button
          type="button"
          onClick={() => run.stop()}
          aria-keyshortcuts="Escape"
          className="inline-flex h-8 items-center gap-2 rounded-md border border-zinc-300 bg-white px-3 font-medium text-zinc-900 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
        >
          <span aria-hidden="true" className="size-2.5 rounded-[2px] bg-current" />
          Stop
        </button>
      ) : (
        <button
          type="button"
          onClick={() => run.start(request)}
          disabled={blockers.length > 0}
          aria-describedby={blockers.length > 0 ? blockedId : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          className="inline-flex h-8 items-center gap-2 rounded-md bg-zinc-900 px-3 font-medium text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:bg-zinc-300 disabled:text-zinc-600 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-white dark:disabled:bg-zinc-800 dark:disabled:text-zinc-400"
        >
          Run
        </button>
      )}
      <span className="text-xs text-zinc-500 dark:text-zinc-400">
        {running ? (
          <>
            <kbd className="font-sans">Esc</kbd> to stop
          </>
        ) : (
          <>
            <kbd className="font-sans">Ctrl</kbd>/<kbd className="font-sans">⌘</kbd>+
            <kbd className="font-sans">Enter</kbd>
          </>
        )}
      </span>
      {running && (
        <span className="font-mono text-xs tabular-nums text-zinc-700 dark:text-zinc-300">
          <span className="sr-only">Elapsed: </span>
          <span data-testid="run-elapsed">{formatSeconds(elapsed)}</span>
        </span>
      )}
      {blockers.length > 0 && (
        <p id={blockedId} className="text-xs text-red-700 dark:text-red-400">
          Run is blocked: {blockers.map((issue) => issue.message).join(" ")}
        </p>
      )}
      <span className="ml-auto inline-flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="text-zinc-500 dark:text-zinc-400">Runs with</span>
        <span
          data-testid="run-key-source"
          className="rounded border border-zinc-200 px-1.5 py-0.5 font-medium text-zinc-800 dark:border-zinc-700 dark:text-zinc-200"
        >
          {keySource}
        </span>
      </span>
    </div>
  );
}
