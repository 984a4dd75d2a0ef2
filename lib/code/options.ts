import type { PlaygroundRequest } from "@/lib/anthropic/request";

export interface CodegenOptions {
  /** The Anthropic-compatible base URL the snippet calls, without `/v1/messages`. */
  baseUrl: string;
}

export type SnippetGenerator = (request: PlaygroundRequest, options: CodegenOptions) => string;

/** The environment variable every snippet reads the key from: snippets never hold a key. */
export const API_KEY_ENV = "ZENMUX_API_KEY";

export function messagesUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/v1/messages`;
}

/** The `anthropic-beta` header value, or undefined when no beta is set. */
export function betaHeader(request: PlaygroundRequest): string | undefined {
  return request.betas.length > 0 ? request.betas.join(",") : undefined;
}

/**
 * What a snippet's SDK call sends: `messages.stream()` when the request streams (it sets `stream`
 * itself), else `create()` with the other fields, plus `stream` (false or null) last when the request has it.
 */
export function sdkCall(request: PlaygroundRequest): {
  streaming: boolean;
  fields: Record<string, unknown>;
} {
  const { stream, ...rest } = request.body;
  const streaming = stream === true;
  return { streaming, fields: streaming || stream === undefined ? rest : { ...rest, stream } };
}

/** Models both official SDKs cap for non-streaming calls (docs/protocol.md#sdk-timeouts). */
const NONSTREAMING_TOKEN_CAPS: Readonly<Record<string, number>> = {
  "claude-opus-4-20250514": 8192,
  "claude-opus-4-0": 8192,
  "claude-4-opus-20250514": 8192,
  "anthropic.claude-opus-4-20250514-v1:0": 8192,
  "claude-opus-4@20250514": 8192,
  "anthropic.claude-opus-4-1-20250805-v1:0": 8192,
  "claude-opus-4-1@20250805": 8192,
};

/**
 * Whether the Python and TypeScript SDKs refuse this call unless it sets a timeout. Without one,
 * both estimate a non-streaming call at an hour per 128,000 `max_tokens` and throw "Streaming is
 * required for operations that may take longer than 10 minutes" beyond 10 minutes, or beyond a
 * capped model's limit; an explicit timeout skips the check.
 */
export function sdkNeedsTimeout(request: PlaygroundRequest): boolean {
  const { stream, max_tokens: maxTokens, model } = request.body;
  if (stream === true || typeof maxTokens !== "number") return false;
  const cap = Object.hasOwn(NONSTREAMING_TOKEN_CAPS, model)
    ? NONSTREAMING_TOKEN_CAPS[model]
    : undefined;
  return (3600 * maxTokens) / 128_000 > 600 || (cap !== undefined && maxTokens > cap);
}

/**
 * The timeout a snippet sets, in seconds, with the comment saying why, or undefined when the SDK
 * needs none: an hour, the longest the SDKs plan for.
 */
export function longCallTimeout(
  request: PlaygroundRequest,
): { seconds: number; why: string } | undefined {
  if (!sdkNeedsTimeout(request)) return undefined;
  return {
    seconds: 3600,
    why: "The SDK refuses non-streaming calls it expects to outlast 10 minutes unless given a timeout.",
  };
}
