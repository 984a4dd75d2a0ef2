/**
 * Whether a request fits its model's context window: the prompt plus all of `max_tokens` (which
 * includes any thinking budget) must fit, or the API refuses it before generating anything.
 */

/** Past this share of the window, the bar warns: one more paste may not fit. */
export const NEAR_FULL_SHARE = 0.8;

export type ContextFit =
  | { level: "ok"; share: number }
  | { level: "near" | "over"; share: number; message: string };

import { formatCount as n } from "@/lib/format/format-count";

export function contextFit(
  inputTokens: number,
  maxTokens: number,
  contextWindow: number,
): ContextFit {
  const share = inputTokens / contextWindow;
  const needed = inputTokens + maxTokens;
  if (inputTokens > contextWindow)
    return {
      level: "over",
      share,
      message: `The prompt (${n(inputTokens)} tokens) is larger than the model's context window (${n(contextWindow)}).`,
    };
  if (needed > contextWindow)
    return {
      level: "over",
      share,
      message: `The prompt (${n(inputTokens)} tokens) leaves room for ${n(contextWindow - inputTokens)} output tokens, fewer than max_tokens (${n(maxTokens)}): lower max_tokens or shorten the prompt.`,
    };
  if (needed > contextWindow * NEAR_FULL_SHARE)
    return {
      level: "near",
      share,
      message: `The prompt and max_tokens take ${Math.round((needed / contextWindow) * 100)}% of the context window (${n(contextWindow)} tokens).`,
    };
  return { level: "ok", share };
}
