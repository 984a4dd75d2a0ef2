import { describe, expect, it } from "vitest";
import type { ResponseMessage } from "@/lib/anthropic/stream-accumulator";
import { answerPreview, PREVIEW_CHARS } from "./answer-preview";

const reply = (text: string): ResponseMessage => ({
  id: "msg_1",
  model: "m",
  role: "assistant",
  content: text ? [{ type: "text", text }] : [],
  stop_reason: "end_turn",
  stop_sequence: null,
  usage: { input_tokens: 1, output_tokens: 1 },
});

describe("answerPreview", () => {
  it("is the start of the answer's text", () => {
    expect(answerPreview({ status: "done", message: reply("Tea is a drink") })).toBe(
      "Tea is a drink",
    );
    const long = "x".repeat(PREVIEW_CHARS + 50);
    expect(answerPreview({ status: "done", message: reply(long) })).toHaveLength(PREVIEW_CHARS);
  });

  it("is the error of a run that failed without an answer", () => {
    const error = { message: "Overloaded" };
    expect(answerPreview({ status: "error", error })).toBe("Overloaded");
    expect(answerPreview({ status: "error", error, message: reply("") })).toBe("Overloaded");
    // A stream that broke mid-answer shows what it said.
    expect(answerPreview({ status: "error", error, message: reply("Half an") })).toBe("Half an");
  });

  it("is empty when nothing was said", () => {
    expect(answerPreview({ status: "stopped" })).toBe("");
    expect(answerPreview({ status: "running", message: reply("") })).toBe("");
  });
});
