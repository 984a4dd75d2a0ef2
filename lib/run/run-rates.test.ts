import { describe, expect, it } from "vitest";
import { IDLE_SNAPSHOT, type RunSnapshot } from "@/lib/run/recorder";
import { estimateOutputTokens, runRates } from "@/lib/run/run-rates";

const message = (stop_reason: string | null, output_tokens: number) => ({
  id: "m",
  model: "x",
  role: "assistant" as const,
  content: [],
  stop_reason,
  stop_sequence: null,
  usage: { input_tokens: 5, output_tokens },
});

const state = (patch: Partial<RunSnapshot>): RunSnapshot => ({ ...IDLE_SNAPSHOT, ...patch });

describe("runRates", () => {
  it("uses the stream's final usage between first token and end", () => {
    const rates = runRates(
      state({
        streamed: true,
        status: "done",
        firstTokenMs: 1000,
        totalMs: 3000,
        message: message("end_turn", 100),
      }),
    );
    expect(rates).toEqual({ outputTokens: 100, tokensPerSecond: 50, estimated: false });
  });

  it("estimates from the deltas after Stop, not from message_start's placeholder 1", () => {
    const rates = runRates(
      state({
        streamed: true,
        status: "stopped",
        firstTokenMs: 500,
        lastDeltaMs: 2900,
        totalMs: 3100,
        contentDeltas: 24,
        contentChars: 130,
        message: message(null, 1),
      }),
    );
    expect(rates.estimated).toBe(true);
    expect(rates.outputTokens).toBe(33);
    expect(rates.tokensPerSecond).toBeCloseTo(13.75, 2);
  });

  it("has no token rate for a run that was not streamed", () => {
    const rates = runRates(
      state({
        streamed: false,
        status: "done",
        responseMs: 50,
        totalMs: 52,
        message: message("end_turn", 140),
      }),
    );
    expect(rates).toEqual({ outputTokens: 140, estimated: false });
  });

  it("counts each delta as at least one token", () => {
    expect(estimateOutputTokens(10, 4)).toBe(10);
    expect(estimateOutputTokens(2, 400)).toBe(100);
  });
});
