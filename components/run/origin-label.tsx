"use client";
import { RUN_MODE_LABELS } from "@/lib/keys/run-mode";
import type { RunSnapshot } from "@/lib/run/recorder";
import { replaySpeedLabel } from "@/lib/run/run-origin";

/** One sentence for views of a kept run: where it comes from, how it ran, that times are recorded. */
export function originSentence(state: RunSnapshot): string | null {
  const { origin } = state;
  const how = RUN_MODE_LABELS[state.mode].ran;
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
