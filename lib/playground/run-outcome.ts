import type { PlaygroundRequest } from "@/lib/anthropic/request";

/** What a finished run leaves behind for history: the request and a summary of its answer. */
export interface RunOutcome {
  request: PlaygroundRequest;
  finishedAt: number;
  status: "done" | "error" | "stopped";
  httpStatus?: number;
  stopReason?: string | null;
  /** The first few hundred characters of the answer's text, or the error message. */
  preview: string;
  inputTokens?: number;
  outputTokens?: number;
  durationMs: number;
}
