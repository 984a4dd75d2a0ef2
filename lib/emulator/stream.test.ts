import { describe, expect, it, vi } from "vitest";
import {
  accumulate,
  initialAccumulatorState,
  toResponseMessage,
} from "@/lib/anthropic/stream-accumulator";
import { composeMessage } from "./compose";
import { streamMessage } from "./stream";
import { assemble, call, eventNames, readSse, type TimedItem } from "./test-support";
import { validateMessagesBody } from "./validate";

const MODEL = "anthropic/claude-sonnet-4.5";

type Json = Record<string, unknown>;

async function both(body: Json, tokensPerSecond = 5000) {
  const full = { model: MODEL, max_tokens: 1024, ...body };
  const plain = await call("messages", full);
  const streamed = await call("messages", { ...full, stream: true }, { tokensPerSecond });
  expect(plain.status).toBe(200);
  expect(streamed.status).toBe(200);
  return { message: (await plain.json()) as Json, streamed, items: await readSse(streamed) };
}

const data = (items: TimedItem[], event: string) =>
  items
    .filter((item) => item.kind === "event" && item.event === event)
    .map((item) => item.data as Json);

/** The event grammar, with deltas collapsed: `content_block_delta…` once per block. */
function grammar(items: TimedItem[]): string[] {
  const names = eventNames(items);
  return names.filter(
    (name, i) => !(name === "content_block_delta" && names[i - 1] === "content_block_delta"),
  );
}

const activeTimers = () =>
  process.getActiveResourcesInfo().filter((name) => name === "Timeout").length;
/**
 * Waits (a second at most) for the timers to fall back to the count before the stream: a loaded
 * machine may run the last timer's callback late, while a stream that kept pacing would re-arm one
 * every tick and never get there.
 */
const timersBackTo = (baseline: number) =>
  vi.waitFor(() => expect(activeTimers()).toBe(baseline), { timeout: 1000, interval: 20 });

describe("emulator streaming", () => {
  it("streams text in Anthropic's event grammar with ZenMux's keep-alive and the stream headers", async () => {
    const { message, streamed, items } = await both({
      messages: [{ role: "user", content: "Describe a sunset" }],
    });
    expect(streamed.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(streamed.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(streamed.headers.get("x-accel-buffering")).toBe("no");
    expect(streamed.headers.get("x-zenmux-emulator")).toBe("1");
    expect(streamed.headers.get("x-zenmux-requestid")).toBeTruthy();
    expect(items[0]).toMatchObject({ kind: "comment", data: "ZENMUX PROCESSING" });
    expect(grammar(items)).toEqual([
      "message_start",
      "ping",
      "content_block_start",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    expect(data(items, "content_block_delta").length).toBeGreaterThan(3);
    const start = data(items, "message_start")[0]?.message as Json;
    expect(start.content).toEqual([]);
    expect(start.stop_reason).toBeNull();
    expect((start.usage as Json).input_tokens).toBe((message.usage as Json).input_tokens);
    const delta = data(items, "message_delta")[0];
    expect(delta?.usage).toEqual(message.usage);
    expect(delta?.delta).toEqual({ stop_reason: "end_turn", stop_sequence: null });
    expect(assemble(items)).toEqual(message);
  });

  it("is read by the playground's own accumulator into the non-streaming message", async () => {
    const tool = {
      name: "get_weather",
      description: "Get the weather for a city",
      input_schema: {
        type: "object",
        properties: { city: { type: "string" } },
        required: ["city"],
      },
    };
    for (const [extra, lastBlock] of [
      [{ messages: [{ role: "user", content: "Write a python function" }] }, "text"],
      [{ messages: [{ role: "user", content: "Weather in Paris?" }], tools: [tool] }, "tool_use"],
      [
        {
          messages: [{ role: "user", content: "Why is the sky blue?" }],
          max_tokens: 4096,
          thinking: { type: "enabled", budget_tokens: 2048 },
        },
        "text",
      ],
    ] as const) {
      const { message, items } = await both(extra);
      let state = initialAccumulatorState();
      for (const item of items) {
        if (item.kind === "event") state = accumulate(state, item.event, item.data);
      }
      expect(state.complete).toBe(true);
      expect(state.error).toBeUndefined();
      expect(state.message).toEqual(toResponseMessage(message));
      expect(state.message.content.at(-1)?.type).toBe(lastBlock);
      if ("thinking" in extra) expect(state.message.content[0]?.type).toBe("thinking");
    }
  });

  it("assembles to the non-streaming message under max_tokens and stop sequences", async () => {
    for (const extra of [
      { max_tokens: 9 },
      { stop_sequences: ["\n"] },
      { stop_sequences: ["the"] },
    ]) {
      const { message, items } = await both({
        messages: [{ role: "user", content: "How do tides work?" }],
        ...extra,
      });
      expect(message.stop_reason).not.toBe("end_turn");
      expect(assemble(items)).toEqual(message);
    }
  });

  it("streams a tool call as input_json_delta pieces that concatenate to the input", async () => {
    const tool = {
      name: "get_weather",
      description: "Get the weather for a city",
      input_schema: {
        type: "object",
        properties: {
          location: { type: "string" },
          days: { type: "integer" },
          units: { type: "array", items: { type: "string" } },
        },
        required: ["location", "days", "units"],
      },
    };
    const { message, items } = await both(
      {
        tools: [tool],
        messages: [{ role: "user", content: "What's the weather in Rome for 5 days?" }],
      },
      200,
    );
    expect(grammar(items)).toEqual([
      "message_start",
      "ping",
      "content_block_start",
      "content_block_delta",
      "content_block_stop",
      "content_block_start",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    const toolStart = data(items, "content_block_start")[1];
    expect(toolStart?.content_block).toMatchObject({
      type: "tool_use",
      name: "get_weather",
      input: {},
    });
    const pieces = data(items, "content_block_delta")
      .filter((event) => event.index === 1)
      .map((event) => event.delta as Json);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.type === "input_json_delta")).toBe(true);
    const input = JSON.parse(pieces.map((piece) => piece.partial_json).join(""));
    expect(input).toEqual({ location: "Rome", days: 5, units: [expect.any(String)] });
    expect(data(items, "message_delta")[0]?.delta).toEqual({
      stop_reason: "tool_use",
      stop_sequence: null,
    });
    expect(assemble(items)).toEqual(message);
  });

  it("streams thinking as thinking_delta pieces then one signature_delta, before the text", async () => {
    const { message, items } = await both({
      max_tokens: 3000,
      thinking: { type: "enabled", budget_tokens: 1500 },
      messages: [{ role: "user", content: "Plan a picnic" }],
    });
    expect(grammar(items)).toEqual([
      "message_start",
      "ping",
      "content_block_start",
      "content_block_delta",
      "content_block_stop",
      "content_block_start",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    const thinkingDeltas = data(items, "content_block_delta")
      .filter((event) => event.index === 0)
      .map((event) => (event.delta as Json).type);
    expect(thinkingDeltas.at(-1)).toBe("signature_delta");
    expect(thinkingDeltas.filter((type) => type === "signature_delta")).toHaveLength(1);
    expect(thinkingDeltas.slice(0, -1).every((type) => type === "thinking_delta")).toBe(true);
    expect(data(items, "content_block_start")[0]?.content_block).toEqual({
      type: "thinking",
      thinking: "",
      signature: "",
    });
    expect(assemble(items)).toEqual(message);
  });

  it("paces output by tokensPerSecond", async () => {
    const body = {
      model: MODEL,
      max_tokens: 40,
      stream: true,
      messages: [{ role: "user", content: "Tell me a story" }],
    };
    const span = async (tokensPerSecond: number) => {
      const began = performance.now();
      const items = await readSse(await call("messages", body, { tokensPerSecond }));
      const deltas = items.filter((item) => item.event === "content_block_delta");
      expect(deltas.length).toBeGreaterThan(1);
      return { total: (deltas.at(-1)?.at ?? 0) - began, deltas };
    };
    const fast = await span(20_000);
    const slow = await span(100);
    // 40 tokens at 100/s take at least about 400 ms; at 20 000/s about 2 ms, which a loaded
    // machine stretches to tens of ms, never to the slow pace's floor.
    expect(slow.total).toBeGreaterThan(300);
    expect(fast.total).toBeLessThan(300);
    // And the slow deltas are spread out, not sent in one burst at the end.
    const firstHalf =
      (slow.deltas[Math.floor(slow.deltas.length / 2)]?.at ?? 0) - (slow.deltas[0]?.at ?? 0);
    expect(firstHalf).toBeGreaterThan(slow.total / 5);
  });

  it("stops and clears its timers when the request is aborted", async () => {
    const baseline = activeTimers();
    const controller = new AbortController();
    const response = await call(
      "messages",
      {
        model: MODEL,
        max_tokens: 500,
        stream: true,
        messages: [{ role: "user", content: "Write an essay" }],
      },
      { tokensPerSecond: 20, signal: controller.signal },
    );
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    const decoder = new TextDecoder();
    let seen = "";
    while (!seen.includes("content_block_delta"))
      seen += decoder.decode((await reader.read()).value);
    expect(activeTimers()).toBeGreaterThan(baseline);
    controller.abort();
    let after = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      after += decoder.decode(value);
    }
    expect(after).not.toContain("message_stop");
    await timersBackTo(baseline);
  });

  it("stops and clears its timers when the consumer cancels the body", async () => {
    const baseline = activeTimers();
    const response = await call(
      "messages",
      {
        model: MODEL,
        max_tokens: 500,
        stream: true,
        messages: [{ role: "user", content: "Write an essay" }],
      },
      { tokensPerSecond: 20 },
    );
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    await reader.read();
    expect(activeTimers()).toBeGreaterThan(baseline);
    await reader.cancel();
    await timersBackTo(baseline);
  });

  it("sends keep-alive comments and pings periodically while a long stream runs", async () => {
    const valid = validateMessagesBody({
      model: MODEL,
      max_tokens: 30,
      messages: [{ role: "user", content: "Tell me a long story" }],
    });
    if (!valid.ok) throw new Error(valid.message);
    const message = composeMessage(valid.body);
    const body = streamMessage(
      message,
      { tokensPerSecond: 60, keepAliveEveryMs: 100, pingEveryMs: 150 },
      new AbortController().signal,
    );
    const items = await readSse(new Response(body));
    const start = items.findIndex((item) => item.event === "message_start");
    const stop = items.findIndex((item) => item.event === "message_stop");
    const during = items.slice(start + 2, stop);
    // 30 tokens at 60/s is about half a second: several keep-alives and pings fall inside it.
    expect(during.filter((item) => item.kind === "comment").length).toBeGreaterThanOrEqual(2);
    expect(during.filter((item) => item.event === "ping").length).toBeGreaterThanOrEqual(2);
    expect(assemble(items)).toEqual(message);
  });
});
