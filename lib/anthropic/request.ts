import type { MessageCreateParamsBase } from "@anthropic-ai/sdk/resources/messages/messages";

/**
 * Sampling fields the Messages API (2023-06-01) accepts and ZenMux forwards, which the current
 * SDK's types no longer declare.
 */
export interface SamplingParams {
  temperature?: number;
  top_p?: number;
  top_k?: number;
}

/** A Messages request body: the SDK's type plus the sampling fields it dropped. */
export type MessagesBody = MessageCreateParamsBase & SamplingParams;

/**
 * The playground's whole state: the request body and the betas sent with it as `anthropic-beta`.
 * The form, the raw JSON editor, code generators, share links and history all read and write this.
 */
export interface PlaygroundRequest {
  body: MessagesBody;
  betas: string[];
}

export const DEFAULT_MODEL = "anthropic/claude-sonnet-4.5";

export function defaultRequest(): PlaygroundRequest {
  return {
    body: {
      model: DEFAULT_MODEL,
      max_tokens: 1024,
      stream: true,
      messages: [{ role: "user", content: "Hello! What can you do?" }],
    },
    betas: [],
  };
}
