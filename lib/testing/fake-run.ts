/** Scripted responses for sending and recording tests: a hand-moved clock and bodies that arrive in parts. */
import { formatSseEvent } from "@/lib/anthropic/sse";

export const encoder = new TextEncoder();

/** A clock the test moves by hand, so event offsets are exact. */
export function manualClock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** A body that emits each chunk after moving the clock by the given ms. */
export function timedBody(
  chunks: [number, string | Uint8Array][],
  clock: ReturnType<typeof manualClock>,
  fail?: Error,
) {
  let i = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[i++];
        if (!next) {
          if (fail) controller.error(fail);
          else controller.close();
          return;
        }
        clock.advance(next[0]);
        controller.enqueue(typeof next[1] === "string" ? encoder.encode(next[1]) : next[1]);
      },
    },
    { highWaterMark: 0 },
  );
}

export function fakeFetch(response: Response, seen: { url?: string; init?: RequestInit } = {}) {
  return (async (url: string, init: RequestInit) => {
    seen.url = url;
    seen.init = init;
    return response;
  }) as unknown as typeof fetch;
}

export const sseHeaders = { "content-type": "text/event-stream", "x-zenmux-requestid": "zr-1" };

export const streamText = [
  formatSseEvent("message_start", {
    type: "message_start",
    message: { id: "m1", model: "x", content: [], usage: { input_tokens: 5, output_tokens: 1 } },
  }),
  ": ZENMUX PROCESSING\n\n",
  formatSseEvent("content_block_start", {
    type: "content_block_start",
    index: 0,
    content_block: { type: "text", text: "" },
  }),
  formatSseEvent("ping", { type: "ping" }),
  formatSseEvent("content_block_delta", {
    type: "content_block_delta",
    index: 0,
    delta: { type: "text_delta", text: "Héllo" },
  }),
  formatSseEvent("content_block_stop", { type: "content_block_stop", index: 0 }),
  formatSseEvent("message_delta", {
    type: "message_delta",
    delta: { stop_reason: "end_turn" },
    usage: { output_tokens: 2 },
  }),
  formatSseEvent("message_stop", { type: "message_stop" }),
].join("");
