import type { RunSnapshot } from "@/lib/run/recorder";

/** A rough rule for English text and code; only used when the stream never gave its count. */
const CHARS_PER_TOKEN = 4;

export interface RunRates {
  outputTokens?: number;
  /** Only for streams: a whole answer arriving at once has no generation rate to see. */
  tokensPerSecond?: number;
  /** True when the stream stopped or broke before its final usage, so the counts are guesses. */
  estimated: boolean;
}

/** Tokens from the deltas received: each delta is at least one token, text about four chars. */
export function estimateOutputTokens(deltas: number, chars: number): number {
  return Math.max(deltas, Math.round(chars / CHARS_PER_TOKEN));
}

function perSecond(tokens: number | undefined, fromMs?: number, toMs?: number) {
  if (tokens === undefined || fromMs === undefined || toMs === undefined) return undefined;
  const span = toMs - fromMs;
  return span > 0 ? (tokens / span) * 1000 : undefined;
}

/**
 * Output tokens and their rate, honestly: the stream's final usage when it arrived (with
 * `message_delta`), else an estimate from the deltas, between the first and the last delta.
 */
export function runRates(state: RunSnapshot): RunRates {
  const reported = state.message?.usage.output_tokens;
  if (!state.streamed) return { outputTokens: reported, estimated: false };
  const finalUsage = typeof state.message?.stop_reason === "string";
  if (finalUsage) {
    return {
      outputTokens: reported,
      tokensPerSecond: perSecond(reported, state.firstTokenMs, state.totalMs),
      estimated: false,
    };
  }
  const outputTokens = estimateOutputTokens(state.contentDeltas, state.contentChars);
  return {
    outputTokens,
    tokensPerSecond: perSecond(outputTokens, state.firstTokenMs, state.lastDeltaMs),
    estimated: true,
  };
}
