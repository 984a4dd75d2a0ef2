import type { FaultModelId } from "./catalog";
import { breakGrammar } from "./grammar-faults";
import { emulatorHeaders, errorResponse } from "./respond";
import type { StreamOptions } from "./stream";

/**
 * The fault models: each makes the emulator fail the way ZenMux or a provider can, on demand, so
 * the playground's error, retry and Stop paths can be seen and tested.
 */

export const SLOW_FIRST_TOKEN_MS = 3_000;
export const SLOW_STREAM_TOKENS_PER_SECOND = 8;
/** Text deltas the stream-error fault sends before it breaks off. */
const STREAM_ERROR_AFTER_DELTAS = 4;

/** The immediate answer of a fault model, or undefined when it answers (slowly or brokenly) with content. */
export function faultResponse(
  fault: FaultModelId,
  stream: boolean,
  requestId: string,
): Response | undefined {
  switch (fault) {
    case "emulator/overloaded":
      return errorResponse(529, "Overloaded", requestId, { headers: { "retry-after": "5" } });
    case "emulator/rate-limited":
      return errorResponse(
        429,
        "Rate limit exceeded: emulator/rate-limited always answers 429. Retry after 10 seconds.",
        requestId,
        { headers: { "retry-after": "10" } },
      );
    case "emulator/insufficient-credit": {
      // ZenMux's own error shape, not Anthropic's: clients must read both.
      const headers = emulatorHeaders(requestId, { "content-type": "application/json" });
      const body = {
        error: {
          code: "402",
          type: "insufficient_credit",
          message:
            "Insufficient credit: your ZenMux balance is too low for this request. Top up at zenmux.ai.",
        },
      };
      return new Response(JSON.stringify(body), { status: 402, headers });
    }
    case "emulator/stream-error":
      return stream ? undefined : errorResponse(529, "Overloaded", requestId);
    default:
      return undefined;
  }
}

export function faultStreamOptions(
  fault: FaultModelId | undefined,
  tokensPerSecond: number,
): StreamOptions & { long?: boolean } {
  switch (fault) {
    case "emulator/slow-first-token":
      return { tokensPerSecond, firstTokenDelayMs: SLOW_FIRST_TOKEN_MS };
    case "emulator/slow-stream":
      return { tokensPerSecond: SLOW_STREAM_TOKENS_PER_SECOND, long: true };
    case "emulator/stream-error":
      return { tokensPerSecond, failAfterDeltas: STREAM_ERROR_AFTER_DELTAS };
    case undefined:
    case "emulator/overloaded":
    case "emulator/rate-limited":
    case "emulator/insufficient-credit":
      return { tokensPerSecond };
    default:
      return { tokensPerSecond, rewriteSteps: (steps) => breakGrammar(fault, steps) };
  }
}
