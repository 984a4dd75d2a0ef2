import { messageText, type ResponseMessage } from "@/lib/anthropic/stream-accumulator";

/** How much of an answer a list of runs keeps and shows before the run is opened. */
export const PREVIEW_CHARS = 300;

/** What a preview reads of a run; structural, so any run state that has these fields fits. */
export interface PreviewSource {
  status: string;
  message?: ResponseMessage;
  error?: { message: string };
}

/**
 * The first characters of a run's answer, or the error message of a run that failed without one:
 * the line a history entry or a result cell shows. History keeps it with the entry.
 */
export function answerPreview({ status, message, error }: PreviewSource): string {
  const text = message ? messageText(message) : "";
  const shown = !text && status === "error" && error ? error.message : text;
  return shown.slice(0, PREVIEW_CHARS);
}
