import { describe, expect, it } from "vitest";
import type { ModelInfo } from "@/lib/anthropic/models";
import { columnFigures } from "@/lib/compare/column-figures";
import { IDLE_SNAPSHOT, type RunSnapshot } from "@/lib/run/recorder";

const sonnet: ModelInfo = {
  id: "anthropic/claude-sonnet-4.5",
  pricings: {
    prompt: [{ value: 3, unit: "perMTokens", currency: "USD" }],
    completion: [{ value: 15, unit: "perMTokens", currency: "USD" }],
  },
};

/** A finished run that asked for `requested` and was answered by `answered`. */
function finished(requested: string, answered: string): RunSnapshot {
  return {
    ...IDLE_SNAPSHOT,
    status: "done",
    request: { body: { model: requested, max_tokens: 100, messages: [] }, betas: [] },
    message: {
      id: "msg_1",
      model: answered,
      role: "assistant",
      content: [{ type: "text", text: "Hi" }],
      stop_reason: "end_turn",
      stop_sequence: null,
      usage: { input_tokens: 1_000, output_tokens: 100 },
    },
  };
}

describe("columnFigures", () => {
  it("prices an alias run by the model that answered it", () => {
    const figures = columnFigures(finished("claude-sonnet-4-5", "anthropic/claude-sonnet-4.5"), [
      sonnet,
    ]);
    expect(figures.costUsd).toBeCloseTo((1_000 * 3 + 100 * 15) / 1e6, 10);
  });

  it("has no cost when neither model is priced", () => {
    expect(columnFigures(finished("a/x", "a/y"), [sonnet]).costUsd).toBeUndefined();
  });
});
