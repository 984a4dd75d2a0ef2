import { answerPreview } from "@/lib/run/answer-preview";
import { deriveRun } from "@/lib/run/derive-run";
import type { RunSnapshot } from "@/lib/run/recorder";
import type { Recording } from "@/lib/run/recording";

/**
 * A finished run's outcome summary: what a list of runs (history) shows about one without opening
 * its recording, how it ended and how it began.
 */
export interface RunOutcome {
  finishedAt: number;
  status: "done" | "error" | "stopped";
  httpStatus?: number;
  stopReason?: string | null;
  model: string;
  /** The first few hundred characters of the answer's text, or the error message. */
  preview: string;
  inputTokens?: number;
  outputTokens?: number;
  durationMs: number;
}

export function outcomeOf(snapshot: RunSnapshot, finishedAt: number): RunOutcome {
  const status =
    snapshot.status === "done" ? "done" : snapshot.status === "stopped" ? "stopped" : "error";
  const usage = snapshot.message?.usage;
  return {
    finishedAt,
    status,
    ...(snapshot.httpStatus !== undefined ? { httpStatus: snapshot.httpStatus } : {}),
    stopReason: snapshot.message?.stop_reason ?? null,
    model: snapshot.request?.body.model ?? "",
    preview: answerPreview(snapshot),
    ...(usage?.input_tokens !== undefined ? { inputTokens: usage.input_tokens } : {}),
    ...(usage?.output_tokens !== undefined ? { outputTokens: usage.output_tokens } : {}),
    durationMs: snapshot.totalMs ?? 0,
  };
}

/** The outcome of a finished recording, derived the way its views derive it. */
export function outcomeOfRecording(recording: Recording): RunOutcome {
  const finishedAt = recording.end?.epoch ?? recording.startedAtEpoch;
  return outcomeOf(deriveRun(recording, { kind: "recorded", from: "history" }), finishedAt);
}
