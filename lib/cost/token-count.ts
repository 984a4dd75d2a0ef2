import { normaliseError } from "@/lib/anthropic/errors";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { estimateInputTokens } from "@/lib/cost/token-estimate";
import { jsonBody } from "@/lib/request/json-body";
import { proxyHeaders } from "@/lib/run/send-run";

const COUNT_TOKENS_PATH = "/api/anthropic/v1/messages/count_tokens";

export interface TokenCount {
  inputTokens: number;
  /** `count_tokens` when the upstream counted; `estimate` when we did (see `why`). */
  source: "count_tokens" | "estimate";
  why?: string;
}

/**
 * The fields count_tokens takes (docs/protocol.md#token-counting); the rest of the body does not
 * change the count.
 */
export function countTokensBody(request: PlaygroundRequest): Record<string, unknown> {
  const { model, messages, system, tools, tool_choice, thinking } = request.body;
  return { model, messages, system, tools, tool_choice, thinking };
}

/** Why a count is estimated when the upstream has no count_tokens (ZenMux's documented case). */
export const NO_UPSTREAM_COUNTER = "the upstream has no count_tokens";

export function estimatedTokenCount(request: PlaygroundRequest, why: string): TokenCount {
  return { inputTokens: estimateInputTokens(request.body), source: "estimate", why };
}

/**
 * Counts the request's input tokens through the proxy. ZenMux documents no count_tokens endpoint,
 * so a 404 (or any refusal) falls back to the local estimate, labelled as one. An abort rejects.
 */
export async function countInputTokens(
  request: PlaygroundRequest,
  options: { keyHeaders: Record<string, string>; signal?: AbortSignal; fetchImpl?: typeof fetch },
): Promise<TokenCount> {
  const { keyHeaders, signal, fetchImpl = fetch } = options;
  let response: Response;
  try {
    response = await fetchImpl(COUNT_TOKENS_PATH, {
      method: "POST",
      headers: proxyHeaders(keyHeaders, request.betas),
      body: await jsonBody(countTokensBody(request)),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return estimatedTokenCount(request, "the token counter could not be reached");
  }
  const body: unknown = await response.json().catch(() => undefined);
  // A count for a request that has since changed must not be shown.
  signal?.throwIfAborted();
  const inputTokens = (body as { input_tokens?: unknown } | undefined)?.input_tokens;
  if (response.ok && typeof inputTokens === "number") {
    return { inputTokens, source: "count_tokens" };
  }
  if (response.status === 404) return estimatedTokenCount(request, NO_UPSTREAM_COUNTER);
  return estimatedTokenCount(
    request,
    `count_tokens refused: ${normaliseError(body, response.status).message}`,
  );
}
