/**
 * Sending: runs one Messages request through our proxy and hands every byte to the recorder as it
 * arrives. Pure apart from the injected fetch and clock.
 */
import { ANTHROPIC_VERSION } from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { RunMode } from "@/lib/keys/run-mode";
import { RunRecorder, type RunSnapshot } from "@/lib/run/recorder";
import type { Recording } from "@/lib/run/recording";

const MESSAGES_PATH = "/api/anthropic/v1/messages";

/** The headers every call to our proxy carries: version, betas if any, and the user's key. */
export function proxyHeaders(
  keyHeaders: Record<string, string>,
  betas: readonly string[] = [],
): Record<string, string> {
  return {
    "content-type": "application/json",
    "anthropic-version": ANTHROPIC_VERSION,
    ...(betas.length > 0 ? { "anthropic-beta": betas.join(",") } : {}),
    ...keyHeaders,
  };
}

export const runHeaders = (request: PlaygroundRequest, keyHeaders: Record<string, string>) =>
  proxyHeaders(keyHeaders, request.betas);

function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === "AbortError");
}

export interface SendRunOptions {
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
  /** A monotonic clock in ms. */
  now?: () => number;
  nowEpoch?: () => number;
  keyHeaders?: Record<string, string>;
  /** Which key the run uses, for the recording (the key itself never is). */
  mode?: RunMode;
  /** Called after every chunk; the caller decides when to read `recorder.snapshot()`. */
  onProgress?: (recorder: RunRecorder) => void;
  url?: string;
}

/** A run that has ended: its recording, and the snapshot the recorder derived at the end. */
export interface FinishedRun {
  snapshot: RunSnapshot;
  recording: Recording;
}

/** Sends the request and reads the body as bytes arrive, until it ends, breaks or is stopped. */
export async function sendRun(
  request: PlaygroundRequest,
  options: SendRunOptions = {},
): Promise<FinishedRun> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const now = options.now ?? (() => performance.now());
  const nowEpoch = options.nowEpoch ?? Date.now;
  const t0 = now();
  const elapsed = () => Math.round(now() - t0);
  const recorder = new RunRecorder(request, nowEpoch(), options.mode);
  try {
    const response = await fetchImpl(options.url ?? MESSAGES_PATH, {
      method: "POST",
      headers: runHeaders(request, options.keyHeaders ?? {}),
      body: JSON.stringify(request.body),
      signal: options.signal,
    });
    const streamed = (response.headers.get("content-type") ?? "").includes("text/event-stream");
    recorder.response(response.status, [...response.headers.entries()], streamed, elapsed());
    options.onProgress?.(recorder);
    if (response.body) {
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        recorder.text(decoder.decode(value, { stream: true }), elapsed());
        options.onProgress?.(recorder);
      }
      recorder.text(decoder.decode(), elapsed());
    }
    recorder.end(elapsed(), nowEpoch());
  } catch (error) {
    recorder.abort(error, isAbort(error, options.signal), elapsed(), nowEpoch());
  }
  options.onProgress?.(recorder);
  return { snapshot: recorder.snapshot(), recording: recorder.recording() };
}
