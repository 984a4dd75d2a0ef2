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
 * itself), else `create()` with the other fields, plus `stream: false` last when the request has it.
 */
export function sdkCall(request: PlaygroundRequest): {
  streaming: boolean;
  fields: Record<string, unknown>;
} {
  const { stream, ...rest } = request.body;
  return { streaming: stream === true, fields: stream === false ? { ...rest, stream } : rest };
}
