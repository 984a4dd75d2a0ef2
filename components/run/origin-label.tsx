"use client";
import type { RunSnapshot } from "@/lib/run/recorder";
import { type RunMode, replaySpeedLabel } from "@/lib/run/run-origin";

const MODE_WORDS: Readonly<Record<RunMode, string>> = {
  demo: "ran in demo mode: the built-in emulator answered",
  server: "ran on ZenMux with the server's key",
  "own-key": "ran on ZenMux with the user's own key",
};

/** One sentence for views of a kept run: where it comes from, how it ran, that times are recorded. */
export function originSentence(state: RunSnapshot): string | null {
  const { origin } = state;
  const how = MODE_WORDS[state.mode];
  if (origin.kind === "replay") {
    return `Replay (${replaySpeedLabel(origin.speed)}) of a recorded run that ${how}. Nothing is sent; the times shown are the original run's.`;
  }
  if (origin.kind === "recorded") {
    return `Recorded run (from ${origin.from}) that ${how}; not a live answer. The times shown are the original run's.`;
  }
  return null;
}

export function RunOriginNote({
  state,
  className = "mx-3 mt-3",
}: {
  state: RunSnapshot;
  className?: string;
}) {
  const sentence = originSentence(state);
  if (!sentence) return null;
  return (
    <p
      role="note"
      aria-label="Run source"
      className={`${className} rounded-md border border-violet-200 bg-violet-50 px-3 py-1.5 text-xs text-violet-900 dark:border-violet-900 dark:bg-violet-950/60 dark:text-violet-200`}
    >
      {sentence}
    </p>
  );
}
