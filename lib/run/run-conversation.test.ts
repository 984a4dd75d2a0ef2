import { describe, expect, it } from "vitest";
import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";
import { emptyMessage, type ResponseMessage } from "@/lib/anthropic/stream-accumulator";
import {
  assistantMessage,
  toolResultMessage,
  toolUses,
  withReply,
} from "@/lib/run/run-conversation";

const reply: ResponseMessage = {
  ...emptyMessage(),
  content: [
    { type: "thinking", thinking: "Hmm.", signature: "sig" },
    { type: "text", text: "" },
    { type: "text", text: "Let me check." },
    { type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } },
  ],
  stop_reason: "tool_use",
};

describe("assistantMessage", () => {
  it("keeps every block: thinking with its signature, tool_use with id, name and input; drops empty text", () => {
    expect(assistantMessage(reply)).toEqual({
      role: "assistant",
      content: [
        { type: "thinking", thinking: "Hmm.", signature: "sig" },
        { type: "text", text: "Let me check." },
        { type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } },
      ],
    });
  });

  it("merges a text prefill with the continuation", () => {
    const continuation: ResponseMessage = {
      ...emptyMessage(),
      content: [{ type: "text", text: " world" }],
    };
    expect(assistantMessage(continuation, { role: "assistant", content: "Hello" })).toEqual({
      role: "assistant",
      content: [{ type: "text", text: "Hello world" }],
    });
  });
});

describe("withReply", () => {
  it("appends to the conversation that ran, replacing a trailing prefill, keeping current settings", () => {
    const ran: PlaygroundRequest = {
      ...defaultRequest(),
      body: {
        ...defaultRequest().body,
        messages: [
          { role: "user", content: "Say hello" },
          { role: "assistant", content: "Hel" },
        ],
      },
    };
    const current: PlaygroundRequest = { ...ran, body: { ...ran.body, model: "openai/gpt-5" } };
    const next = withReply(current, ran, {
      ...emptyMessage(),
      content: [{ type: "text", text: "lo!" }],
    });
    expect(next.body.model).toBe("openai/gpt-5");
    expect(next.body.messages).toEqual([
      { role: "user", content: "Say hello" },
      { role: "assistant", content: [{ type: "text", text: "Hello!" }] },
    ]);
  });

  it("appends a tool_result message after the assistant message", () => {
    const ran = defaultRequest();
    const [use] = toolUses(reply);
    const next = withReply(ran, ran, reply, [
      toolResultMessage([{ toolUseId: use?.id ?? "", content: "18 °C", isError: false }]),
    ]);
    expect(next.body.messages).toHaveLength(3);
    expect(next.body.messages[2]).toEqual({
      role: "user",
      content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "18 °C" }],
    });
    expect(toolResultMessage([{ toolUseId: "t", content: "boom", isError: true }]).content).toEqual(
      [{ type: "tool_result", tool_use_id: "t", content: "boom", is_error: true }],
    );
  });
});
