import { describe, expect, it } from "vitest";
import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";
import { formatSseEvent } from "@/lib/anthropic/sse";
import { runHeaders, sendRun } from "@/lib/run/send-run";
import {
  encoder,
  fakeFetch,
  manualClock,
  sseHeaders,
  streamText,
  timedBody,
} from "@/lib/testing/fake-run";

describe("sendRun", () => {
  it("sends exactly the body with the proxy headers", async () => {
    const request: PlaygroundRequest = { ...defaultRequest(), betas: ["a", "b"] };
    const seen: { url?: string; init?: RequestInit } = {};
    await sendRun(request, {
      fetchImpl: fakeFetch(new Response("{}", { status: 200 }), seen),
      keyHeaders: { "x-api-key": "sk-ai-v1-x" },
    });
    expect(seen.url).toBe("/api/anthropic/v1/messages");
    expect(seen.init?.method).toBe("POST");
    expect(seen.init?.body).toBe(JSON.stringify(request.body));
    expect(seen.init?.headers).toEqual({
      "content-type": "application/json",
      "anthropic-version": "2023-06-01",
      "anthropic-beta": "a,b",
      "x-api-key": "sk-ai-v1-x",
    });
    expect(runHeaders(defaultRequest(), {})).not.toHaveProperty("anthropic-beta");
  });

  it("keeps the raw text exactly, even with a character split across chunks, and times each event", async () => {
    const clock = manualClock();
    const bytes = encoder.encode(streamText);
    // Split inside the two-byte "é" so only a streaming decoder gets it right.
    const split = encoder.encode(streamText.slice(0, streamText.indexOf("é"))).length + 1;
    const body = timedBody(
      [
        [30, bytes.slice(0, split)],
        [20, bytes.slice(split)],
      ],
      clock,
    );
    const progress: number[] = [];
    const { snapshot: result } = await sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(new Response(body, { status: 200, headers: sseHeaders })),
      now: clock.now,
      onProgress: (r) => progress.push(r.snapshot().raw.length),
    });
    expect(result.raw).toBe(streamText);
    expect(result.status).toBe("done");
    expect(result.streamed).toBe(true);
    expect(result.message?.content).toEqual([{ type: "text", text: "Héllo" }]);
    expect(result.message?.usage).toMatchObject({ input_tokens: 5, output_tokens: 2 });
    expect(result.events.map((e) => `${e.kind}:${e.name}@${e.offsetMs}`)).toEqual([
      "event:message_start@30",
      "comment:ZENMUX PROCESSING@30",
      "event:content_block_start@30",
      "event:ping@30",
      "event:content_block_delta@50",
      "event:content_block_stop@50",
      "event:message_delta@50",
      "event:message_stop@50",
    ]);
    expect(result.firstTokenMs).toBe(50);
    expect(result.totalMs).toBe(50);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(result.headers).toContainEqual(["x-zenmux-requestid", "zr-1"]);
  });

  it("reads a non-streamed reply", async () => {
    const message = {
      id: "m",
      model: "x",
      content: [{ type: "text", text: "Hi" }],
      stop_reason: "end_turn",
      usage: { input_tokens: 1, output_tokens: 1 },
    };
    const text = JSON.stringify(message);
    const { snapshot: result } = await sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(
        new Response(text, { status: 200, headers: { "content-type": "application/json" } }),
      ),
    });
    expect(result.status).toBe("done");
    expect(result.streamed).toBe(false);
    expect(result.raw).toBe(text);
    expect(result.events).toEqual([]);
    expect(result.message?.stop_reason).toBe("end_turn");
  });

  it("reads an error in ZenMux's shape with its retry-after and request id", async () => {
    const text = '{"error":{"code":"429","type":"rate_limit","message":"Slow down"}}';
    const { snapshot: result } = await sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(
        new Response(text, {
          status: 429,
          headers: {
            "content-type": "application/json",
            "retry-after": "9",
            "request-id": "req_1",
          },
        }),
      ),
    });
    expect(result.status).toBe("error");
    expect(result.raw).toBe(text);
    expect(result.error).toMatchObject({
      status: 429,
      type: "rate_limit",
      message: "Slow down",
      code: "429",
      retryAfterSec: 9,
      requestId: "req_1",
      phase: "response",
    });
  });

  it("keeps partial output when a 200 stream ends in an error event", async () => {
    const clock = manualClock();
    const head = streamText.slice(0, streamText.indexOf("event: content_block_stop"));
    const text =
      head +
      formatSseEvent("error", {
        type: "error",
        error: { type: "overloaded_error", message: "Overloaded" },
      });
    const { snapshot: result } = await sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(
        new Response(timedBody([[5, text]], clock), { status: 200, headers: sseHeaders }),
      ),
      now: clock.now,
    });
    expect(result.status).toBe("error");
    expect(result.error).toMatchObject({
      type: "overloaded_error",
      message: "Overloaded",
      phase: "stream",
      requestId: "zr-1",
    });
    expect(result.message?.content).toEqual([{ type: "text", text: "Héllo" }]);
  });

  it("marks a dropped connection as a broken stream and keeps what arrived", async () => {
    const clock = manualClock();
    const head = streamText.slice(0, streamText.indexOf("event: content_block_stop"));
    const { snapshot: result } = await sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(
        new Response(timedBody([[5, head]], clock, new TypeError("network error")), {
          status: 200,
          headers: sseHeaders,
        }),
      ),
      now: clock.now,
    });
    expect(result.status).toBe("error");
    expect(result.error).toMatchObject({ type: "network_error", phase: "stream" });
    expect(result.raw).toBe(head);
    expect(result.message?.content).toEqual([{ type: "text", text: "Héllo" }]);
  });

  it("flags a stream that ends without message_stop", async () => {
    const head = streamText.slice(0, streamText.indexOf("event: message_stop"));
    const { snapshot: result } = await sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(new Response(head, { status: 200, headers: sseHeaders })),
    });
    expect(result.error).toMatchObject({ type: "incomplete_stream", phase: "stream" });
  });

  it("reports a stop as stopped, keeping partial output", async () => {
    const controller = new AbortController();
    const head = streamText.slice(0, streamText.indexOf("event: content_block_stop"));
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (!sent) {
          sent = true;
          c.enqueue(encoder.encode(head));
          return;
        }
        controller.abort();
        const error = new Error("aborted");
        error.name = "AbortError";
        c.error(error);
      },
    });
    const { snapshot: result } = await sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(new Response(body, { status: 200, headers: sseHeaders })),
      signal: controller.signal,
    });
    expect(result.status).toBe("stopped");
    expect(result.error).toBeUndefined();
    expect(result.message?.content).toEqual([{ type: "text", text: "Héllo" }]);
  });

  it("reports a failed fetch as a network error", async () => {
    const { snapshot: result } = await sendRun(defaultRequest(), {
      fetchImpl: (async () => {
        throw new TypeError("Failed to fetch");
      }) as unknown as typeof fetch,
    });
    expect(result.error).toMatchObject({ type: "network_error", phase: "network" });
  });
});
