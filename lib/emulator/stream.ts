import { anthropicErrorBody } from "@/lib/anthropic/errors";
import { formatSseEvent } from "@/lib/anthropic/sse";
import type { EmulatedMessage, OutputBlock } from "./compose";
import { sleep } from "./sleep";
import { tokenize } from "./tokenizer";

/**
 * Replays an emulated message as Anthropic's event stream, paced like a model at
 * `tokensPerSecond`, with ZenMux's `: ZENMUX PROCESSING` keep-alive comments and `ping` events.
 * Aborting `signal` or cancelling the body stops it at once and clears its timers.
 */

export const KEEP_ALIVE_COMMENT = ": ZENMUX PROCESSING\n\n";
const KEEP_ALIVE_EVERY_MS = 10_000;
const PING_EVERY_MS = 5_000;
/** While waiting longer than this, the stream says it is still alive. */
const LONG_WAIT_SLICE_MS = 1_000;

export interface StreamOptions {
  tokensPerSecond: number;
  /** Wait before the first event, with keep-alive comments (the slow-first-token fault). */
  firstTokenDelayMs?: number;
  /** Break off with an `overloaded_error` event after this many content deltas. */
  failAfterDeltas?: number;
  /** Wall time between keep-alive comments (ZenMux: about 10 s). */
  keepAliveEveryMs?: number;
  /** Wall time between `ping` events. */
  pingEveryMs?: number;
  /** Rewrites the stream's events before they are paced out (the protocol fault models). */
  rewriteSteps?: (steps: StreamStep[]) => StreamStep[];
}

export type StreamStep =
  /** `raw` is sent as the data line instead of `data`'s JSON (a fault model's broken data). */
  | { kind: "event"; name: string; data: unknown; raw?: string }
  /** Content that costs `tokens` tokens of pacing before it is sent. */
  | { kind: "delta"; tokens: number; data: unknown };
type Step = StreamStep;

function chunkSize(tokensPerSecond: number): number {
  return Math.min(16, Math.max(1, Math.round(tokensPerSecond / 25)));
}

function chunks(text: string, size: number): { text: string; tokens: number }[] {
  const tokens = tokenize(text);
  const out: { text: string; tokens: number }[] = [];
  for (let i = 0; i < tokens.length; i += size) {
    const piece = tokens.slice(i, i + size);
    out.push({ text: piece.join(""), tokens: piece.length });
  }
  return out;
}

function blockSteps(block: OutputBlock, index: number, size: number): Step[] {
  const start = (content_block: unknown): Step => ({
    kind: "event",
    name: "content_block_start",
    data: { type: "content_block_start", index, content_block },
  });
  const delta = (tokens: number, d: unknown): Step => ({
    kind: "delta",
    tokens,
    data: { type: "content_block_delta", index, delta: d },
  });
  const steps: Step[] = [];
  if (block.type === "text") {
    steps.push(start({ type: "text", text: "" }));
    for (const piece of chunks(block.text, size))
      steps.push(delta(piece.tokens, { type: "text_delta", text: piece.text }));
  } else if (block.type === "thinking") {
    steps.push(start({ type: "thinking", thinking: "", signature: "" }));
    for (const piece of chunks(block.thinking, size))
      steps.push(delta(piece.tokens, { type: "thinking_delta", thinking: piece.text }));
    steps.push(delta(0, { type: "signature_delta", signature: block.signature }));
  } else {
    steps.push(start({ type: "tool_use", id: block.id, name: block.name, input: {} }));
    for (const piece of chunks(JSON.stringify(block.input), size))
      steps.push(delta(piece.tokens, { type: "input_json_delta", partial_json: piece.text }));
  }
  steps.push({
    kind: "event",
    name: "content_block_stop",
    data: { type: "content_block_stop", index },
  });
  return steps;
}

function messageSteps(message: EmulatedMessage, size: number): Step[] {
  const { usage } = message;
  const start: Step = {
    kind: "event",
    name: "message_start",
    data: {
      type: "message_start",
      message: {
        ...message,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { ...usage, output_tokens: Math.min(1, usage.output_tokens) },
      },
    },
  };
  return [
    start,
    { kind: "event", name: "ping", data: { type: "ping" } },
    ...message.content.flatMap((block, index) => blockSteps(block, index, size)),
    {
      kind: "event",
      name: "message_delta",
      data: {
        type: "message_delta",
        delta: { stop_reason: message.stop_reason, stop_sequence: message.stop_sequence },
        usage,
      },
    },
    { kind: "event", name: "message_stop", data: { type: "message_stop" } },
  ];
}

export function streamMessage(
  message: EmulatedMessage,
  options: StreamOptions,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  const encoder = new TextEncoder();
  const tokensPerSecond =
    Number.isFinite(options.tokensPerSecond) && options.tokensPerSecond > 0
      ? options.tokensPerSecond
      : 40;
  const planned = messageSteps(message, chunkSize(tokensPerSecond));
  const steps = options.rewriteSteps ? options.rewriteSteps(planned) : planned;
  const keepAliveEveryMs = options.keepAliveEveryMs ?? KEEP_ALIVE_EVERY_MS;
  const pingEveryMs = options.pingEveryMs ?? PING_EVERY_MS;

  async function run(controller: ReadableStreamDefaultController<Uint8Array>) {
    let lastKeepAlive = Date.now();
    let lastPing = Date.now();
    const send = (text: string) => {
      if (!stop.signal.aborted) controller.enqueue(encoder.encode(text));
    };
    const keepAlive = () => {
      send(KEEP_ALIVE_COMMENT);
      lastKeepAlive = Date.now();
    };
    /** Waits, saying "still processing" each second of a long wait. */
    const wait = async (ms: number) => {
      let left = ms;
      while (left > LONG_WAIT_SLICE_MS && !stop.signal.aborted) {
        await sleep(LONG_WAIT_SLICE_MS, stop.signal);
        left -= LONG_WAIT_SLICE_MS;
        keepAlive();
      }
      if (left > 0) await sleep(left, stop.signal);
    };

    keepAlive();
    if (options.firstTokenDelayMs) await wait(options.firstTokenDelayMs);
    // Pace against a schedule rather than per-delta sleeps, so timer overhead does not add up.
    const began = Date.now();
    let tokensSent = 0;
    let deltasSent = 0;
    for (const step of steps) {
      if (stop.signal.aborted) break;
      if (
        options.failAfterDeltas !== undefined &&
        step.kind === "event" &&
        step.name === "message_delta"
      )
        break;
      if (step.kind === "delta") {
        if (options.failAfterDeltas !== undefined && deltasSent >= options.failAfterDeltas) break;
        tokensSent += step.tokens;
        const due = began + (tokensSent * 1000) / tokensPerSecond;
        await wait(due - Date.now());
        if (stop.signal.aborted) break;
        deltasSent += 1;
      }
      if (Date.now() - lastKeepAlive >= keepAliveEveryMs) keepAlive();
      if (Date.now() - lastPing >= pingEveryMs) {
        send(formatSseEvent("ping", { type: "ping" }));
        lastPing = Date.now();
      }
      if (step.kind === "event" && step.raw !== undefined)
        send(`event: ${step.name}\ndata: ${step.raw}\n\n`);
      else
        send(formatSseEvent(step.kind === "event" ? step.name : "content_block_delta", step.data));
    }
    if (options.failAfterDeltas !== undefined && !stop.signal.aborted) {
      send(formatSseEvent("error", anthropicErrorBody("overloaded_error", "Overloaded")));
    }
  }

  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (signal.aborted) stop.abort();
      else signal.addEventListener("abort", onAbort, { once: true });
      void run(controller)
        .catch(() => undefined)
        .finally(() => {
          signal.removeEventListener("abort", onAbort);
          try {
            controller.close();
          } catch {
            // Already closed by a cancel from the consumer.
          }
        });
    },
    cancel() {
      stop.abort();
    },
  });
}
