import { describe, expect, it } from "vitest";
import {
  type AccumulatorState,
  accumulate,
  initialAccumulatorState,
  messageText,
  toResponseMessage,
} from "@/lib/anthropic/stream-accumulator";

function run(events: Event[]): AccumulatorState {
  return events.reduce(
    (state, [name, data]) => accumulate(state, name, data),
    initialAccumulatorState(),
  );
}

type Event = [name: string, data: unknown];

const blockStart = (index: number, content_block: unknown): Event => [
  "content_block_start",
  { type: "content_block_start", index, content_block },
];
const blockDelta = (index: number, delta: unknown): Event => [
  "content_block_delta",
  { type: "content_block_delta", index, delta },
];
const blockStop = (index: number): Event => [
  "content_block_stop",
  { type: "content_block_stop", index },
];

const start: Event = [
  "message_start",
  {
    type: "message_start",
    message: {
      id: "abc",
      model: "anthropic/claude-sonnet-4.5",
      content: [],
      stop_reason: null,
      usage: { input_tokens: 12, output_tokens: 1, cache_read_input_tokens: 4 },
    },
  },
];

describe("accumulate", () => {
  it("builds text from text deltas and keeps usage from message_start", () => {
    const state = run([
      start,
      blockStart(0, { type: "text", text: "" }),
      blockDelta(0, { type: "text_delta", text: "Hel" }),
      ["ping", { type: "ping" }],
      blockDelta(0, { type: "text_delta", text: "lo" }),
      blockStop(0),
      [
        "message_delta",
        { type: "message_delta", delta: { stop_reason: "end_turn" }, usage: { output_tokens: 9 } },
      ],
      ["message_stop", { type: "message_stop" }],
    ]);
    expect(messageText(state.message)).toBe("Hello");
    expect(state.message.id).toBe("abc");
    expect(state.message.stop_reason).toBe("end_turn");
    expect(state.message.usage).toMatchObject({
      input_tokens: 12,
      output_tokens: 9,
      cache_read_input_tokens: 4,
    });
    expect(state.complete).toBe(true);
  });

  it("reads usage inside delta too (ZenMux's documented shape)", () => {
    const state = run([
      start,
      [
        "message_delta",
        {
          type: "message_delta",
          delta: { stop_reason: "max_tokens", usage: { output_tokens: 33, input_tokens: 20 } },
        },
      ],
    ]);
    expect(state.message.usage.output_tokens).toBe(33);
    expect(state.message.usage.input_tokens).toBe(20);
    expect(state.message.stop_reason).toBe("max_tokens");
  });

  it("does not let a null in a later usage erase a known number", () => {
    const state = run([
      start,
      [
        "message_delta",
        {
          type: "message_delta",
          delta: {},
          usage: { output_tokens: 5, cache_read_input_tokens: null },
        },
      ],
    ]);
    expect(state.message.usage.cache_read_input_tokens).toBe(4);
  });

  it("accumulates thinking with its signature", () => {
    const state = run([
      start,
      blockStart(0, { type: "thinking", thinking: "", signature: "" }),
      blockDelta(0, { type: "thinking_delta", thinking: "Let me " }),
      blockDelta(0, { type: "thinking_delta", thinking: "think." }),
      blockDelta(0, { type: "signature_delta", signature: "sig-1" }),
      blockStop(0),
    ]);
    expect(state.message.content[0]).toEqual({
      type: "thinking",
      thinking: "Let me think.",
      signature: "sig-1",
    });
  });

  it("concatenates input_json_delta pieces and parses them when the block stops", () => {
    const state = run([
      start,
      blockStart(0, { type: "tool_use", id: "toolu_1", name: "get_weather", input: {} }),
      blockDelta(0, { type: "input_json_delta", partial_json: '{"city": "Par' }),
      blockDelta(0, { type: "input_json_delta", partial_json: 'is"}' }),
    ]);
    expect(state.message.content[0]).toMatchObject({ partialJson: '{"city": "Paris"}' });
    const stopped = accumulate(state, ...blockStop(0));
    expect(stopped.message.content[0]).toEqual({
      type: "tool_use",
      id: "toolu_1",
      name: "get_weather",
      input: { city: "Paris" },
    });
  });

  it("keeps empty tool input as {} and flags invalid JSON", () => {
    const toolUseWith = (partial_json: string) =>
      run([
        blockStart(0, { type: "tool_use", id: "t", name: "n", input: {} }),
        blockDelta(0, { type: "input_json_delta", partial_json }),
        blockStop(0),
      ]);
    const empty = toolUseWith("");
    expect(empty.message.content[0]).toMatchObject({ input: {} });
    const bad = toolUseWith("{nope");
    expect(bad.message.content[0]).toMatchObject({ input: "{nope" });
    expect(bad.message.content[0]).toHaveProperty("inputError");
  });

  it("collects citations_delta on the text block", () => {
    const citation = { type: "char_location", cited_text: "The sky is blue.", document_index: 0 };
    const state = run([
      blockStart(0, { type: "text", text: "", citations: [] }),
      blockDelta(0, { type: "citations_delta", citation }),
      blockDelta(0, { type: "text_delta", text: "Blue." }),
    ]);
    expect(state.message.content[0]).toEqual({
      type: "text",
      text: "Blue.",
      citations: [citation],
    });
  });

  it("tolerates unknown events, pings and garbage, and keeps unknown blocks as received", () => {
    const before = run([start]);
    expect(accumulate(before, "ping", { type: "ping" })).toBe(before);
    expect(accumulate(before, "future_event", { type: "future_event", x: 1 })).toBe(before);
    expect(accumulate(before, "message", "not json")).toBe(before);
    const withOther = accumulate(
      before,
      ...blockStart(0, { type: "web_search_tool_result", content: [] }),
    );
    expect(withOther.message.content[0]).toEqual({
      type: "other",
      original: { type: "web_search_tool_result", content: [] },
    });
    const delta = accumulate(withOther, ...blockDelta(0, { type: "mystery_delta" }));
    expect(delta.message.content[0]).toBe(withOther.message.content[0]);
  });

  it("keeps the identity of blocks that did not change", () => {
    const state = run([
      blockStart(0, { type: "thinking", thinking: "x", signature: "s" }),
      blockStop(0),
      blockStart(1, { type: "text", text: "" }),
    ]);
    const next = accumulate(state, ...blockDelta(1, { type: "text_delta", text: "a" }));
    expect(next.message.content[0]).toBe(state.message.content[0]);
  });

  it("records an error event", () => {
    const state = run([
      start,
      ["error", { type: "error", error: { type: "overloaded_error", message: "Overloaded" } }],
    ]);
    expect(state.error).toEqual({ type: "overloaded_error", message: "Overloaded" });
    expect(state.complete).toBe(false);
  });
});

describe("toResponseMessage", () => {
  it("reads a whole message", () => {
    const message = toResponseMessage({
      id: "m",
      model: "x",
      content: [
        { type: "text", text: "Hi" },
        { type: "tool_use", id: "t", name: "f", input: { a: 1 } },
      ],
      stop_reason: "tool_use",
      usage: { input_tokens: 1, output_tokens: 2 },
    });
    expect(message.content).toEqual([
      { type: "text", text: "Hi" },
      { type: "tool_use", id: "t", name: "f", input: { a: 1 } },
    ]);
    expect(message.stop_reason).toBe("tool_use");
  });
});
