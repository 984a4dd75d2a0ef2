"use client";
import type { RunSnapshot } from "@/lib/run/recorder";

/** The model asked for and the one the response names, when they differ; undefined otherwise. */
export function modelDifference(
  state: RunSnapshot,
): { requested: string; answered: string } | undefined {
  const requested = state.request?.body.model ?? "";
  const answered = state.message?.model ?? "";
  return answered && requested && answered !== requested ? { requested, answered } : undefined;
}

/**
 * ZenMux answers with the model that ran, which can differ from the one asked for (an alias
 * resolved, a fallback or routing): the page shows both, so neither passes for the other.
 */
export function ResponseModelNote({
  state,
  className = "",
}: {
  state: RunSnapshot;
  className?: string;
}) {
  const difference = modelDifference(state);
  if (!difference) return null;
  return (
    <p
      role="note"
      aria-label="Response model"
      title="The response names a different model than the request: an alias resolved, a fallback or routing"
      className={`text-xs text-warn-strong ${className}`}
    >
      Answered by <code className="font-mono font-medium">{difference.answered}</code>
      {" · "}asked for <code className="font-mono">{difference.requested}</code>
    </p>
  );
}
