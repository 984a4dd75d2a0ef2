import { anthropicErrorBody } from "@/lib/anthropic/errors";
import { formatSseEvent } from "@/lib/anthropic/sse";
import type { BodyOutcome, BodyWatcher } from "./proxy-guard";

const encoder = new TextEncoder();

/** The event a stream ends with when it breaks, so clients read an error instead of a silent cut. */
export function streamErrorEvent(type: "timeout_error" | "api_error", message: string): Uint8Array {
  return encoder.encode(formatSseEvent("error", anthropicErrorBody(type, message)));
}

export interface WatchOptions {
  /** Longest wait for the next chunk while the client is ready for one. */
  idleMs: number;
  /** Event streams end with an `event: error`; other bodies can only be cut. */
  eventStream: boolean;
  /** Releases the upstream request (its socket) when the body is given up. */
  abortUpstream: (reason: Error) => void;
  watcher?: BodyWatcher;
  /** Bytes already read from `body` (see firstChunk). */
  first?: Uint8Array;
}

/**
 * Passes an upstream body through chunk by chunk, unbuffered, adding what fetch lacks: an idle
 * timeout and a readable ending when the upstream stalls or breaks. One timer per idle period,
 * re-armed only when it fires, so a fast stream costs a timestamp per chunk and no timer churn.
 */
export function watchBody(body: ReadableStream<Uint8Array>, options: WatchOptions) {
  const { idleMs, eventStream, watcher } = options;
  const reader = body.getReader();
  let first = options.first;
  let waitingSince: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ended = false;

  const end = (outcome: BodyOutcome) => {
    if (ended) return false;
    ended = true;
    clearTimeout(timer);
    watcher?.end?.(outcome);
    return true;
  };
  const fail = (
    controller: ReadableStreamDefaultController<Uint8Array>,
    outcome: BodyOutcome,
    frame: Uint8Array,
  ) => {
    if (!end(outcome)) return;
    if (eventStream) controller.enqueue(frame);
    if (eventStream) controller.close();
    else controller.error(new Error(outcome));
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const check = () => {
        if (ended) return;
        const idle = waitingSince === undefined ? 0 : performance.now() - waitingSince;
        if (idle < idleMs) {
          timer = setTimeout(check, idleMs - idle);
          return;
        }
        const seconds = Math.round(idleMs / 1000);
        fail(
          controller,
          "idle_timeout",
          streamErrorEvent(
            "timeout_error",
            `The upstream sent nothing for ${seconds} s, so the proxy ended the stream.`,
          ),
        );
        const reason = new Error("stream idle timeout");
        void reader.cancel(reason).catch(() => {});
        options.abortUpstream(reason);
      };
      timer = setTimeout(check, idleMs);
    },
    async pull(controller) {
      if (first) {
        const chunk = first;
        first = undefined;
        watcher?.chunk?.(chunk);
        controller.enqueue(chunk);
        return;
      }
      waitingSince = performance.now();
      try {
        const { done, value } = await reader.read();
        waitingSince = undefined;
        if (ended) return;
        if (done) {
          end("complete");
          controller.close();
          return;
        }
        watcher?.chunk?.(value);
        controller.enqueue(value);
      } catch {
        waitingSince = undefined;
        fail(
          controller,
          "upstream_broke",
          streamErrorEvent(
            "api_error",
            "The upstream connection broke off in the middle of the answer.",
          ),
        );
      }
    },
    cancel(reason) {
      end("client_cancelled");
      return reader.cancel(reason);
    },
  });
}

/**
 * Reads the first chunk before the status is sent, for bodies whose decoding can fail (a claimed
 * content-encoding): a body that cannot be decoded then gets a clean 502 instead of a cut 200.
 */
export async function firstChunk(
  body: ReadableStream<Uint8Array>,
): Promise<
  { ok: true; first: Uint8Array | undefined; rest: ReadableStream<Uint8Array> } | { ok: false }
> {
  const reader = body.getReader();
  try {
    const { done, value } = await reader.read();
    reader.releaseLock();
    return { ok: true, first: done ? undefined : value, rest: body };
  } catch {
    await reader.cancel().catch(() => {});
    return { ok: false };
  }
}
