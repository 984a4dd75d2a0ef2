import { answerText, continuePrefill, detectIntent } from "./answer-text";
import { quote, readConversation } from "./conversation";
import { echoAnswer } from "./echo";
import { deriveId, stableStringify } from "./hash";
import { type InputUsage, uncachedInputUsage } from "./input-tokens";
import { lengthGoal } from "./long-answer";
import type { MessagesRequestBody } from "./schema";
import { countTokens, tokenize } from "./tokenizer";
import { chooseTool, toolInput } from "./tool-input";

/**
 * The whole emulated reply to a valid Messages request: content blocks, stop reason and usage,
 * after max_tokens and stop sequences. Streaming replays exactly this message.
 */

export type OutputBlock =
  | { type: "thinking"; thinking: string; signature: string }
  | { type: "text"; text: string }
  | { type: "tool_use"; id: string; name: string; input: Record<string, unknown> };

export type StopReason = "end_turn" | "max_tokens" | "stop_sequence" | "tool_use";

export interface EmulatedMessage {
  id: string;
  type: "message";
  role: "assistant";
  model: string;
  content: OutputBlock[];
  stop_reason: StopReason;
  stop_sequence: string | null;
  usage: InputUsage & { output_tokens: number };
}

/** The seed of ids and signatures: the body without `stream`, so both modes agree. */
export function requestSeed(body: Record<string, unknown>): string {
  const { stream: _stream, ...rest } = body;
  return deriveId(stableStringify(rest), "seed", 32);
}

/**
 * The seed of the answer's wording: the conversation only, so that max_tokens and stop sequences
 * cut the very answer the same conversation gets without them.
 */
function contentSeed(body: MessagesRequestBody): string {
  const { model, system, messages, tools, tool_choice, thinking } = body;
  return deriveId(
    stableStringify({ model, system, messages, tools, tool_choice, thinking }),
    "content",
    32,
  );
}

function firstStop(
  text: string,
  sequences: readonly string[],
): { index: number; sequence: string } | undefined {
  let best: { index: number; sequence: string } | undefined;
  for (const sequence of sequences) {
    if (sequence === "") continue;
    const index = text.indexOf(sequence);
    if (index !== -1 && (best === undefined || index < best.index)) best = { index, sequence };
  }
  return best;
}

function thinkingText(userText: string, budget: number): string {
  const intent = detectIntent(userText);
  const plan =
    intent === "code"
      ? "They want code, so I should give a short, runnable example in a fenced block and explain it briefly."
      : intent === "list"
        ? "They want a list, so I should give a few concise points, each with a short reason."
        : "I should answer directly, mention the main trade-off, and keep it short.";
  const text = `The user asks: "${quote(userText || "(no text)", 120)}". ${plan} Let me make sure the answer refers back to their words.`;
  return tokenize(text).slice(0, budget).join("");
}

export interface ComposeOptions {
  /** Pad the answer to at least ~300 tokens (the slow-stream fault). */
  long?: boolean;
  /** The input side of usage, when the prompt cache has had its say. */
  input?: InputUsage;
}

export function composeMessage(
  body: MessagesRequestBody,
  options: ComposeOptions = {},
): EmulatedMessage {
  const seed = requestSeed(body);
  const wording = contentSeed(body);
  const conversation = readConversation(body.messages, body.system);
  const stops = body.stop_sequences ?? [];
  let budget = body.max_tokens;
  const content: OutputBlock[] = [];
  let stopReason: StopReason = "end_turn";
  let stopSequence: string | null = null;

  if (body.thinking?.type === "enabled") {
    const thinking = thinkingText(
      conversation.lastUserText,
      Math.min(body.thinking.budget_tokens, budget),
    );
    content.push({ type: "thinking", thinking, signature: deriveId(seed, "signature", 88) });
    budget -= countTokens(thinking);
  }

  const tool = chooseTool(
    body.tools,
    body.tool_choice,
    conversation.lastUserText,
    conversation.toolResults.length > 0,
  );
  const forced = body.tool_choice?.type === "any" || body.tool_choice?.type === "tool";
  let text: string;
  const echo = echoAnswer(body.model, conversation.lastUserText);
  if (echo !== null) {
    text = echo;
  } else if (tool) {
    text = forced ? "" : `I'll use the \`${tool.name}\` tool to help with that.`;
  } else if (conversation.prefill !== undefined) {
    text = continuePrefill(conversation.prefill, conversation, wording);
  } else {
    text = answerText(conversation, wording, {
      long: options.long,
      length: lengthGoal(conversation.lastUserText, budget),
    });
  }

  let cut = false;
  const stop = firstStop(text, stops);
  if (stop) {
    text = text.slice(0, stop.index);
    stopReason = "stop_sequence";
    stopSequence = stop.sequence;
    cut = true;
  }
  const tokens = tokenize(text);
  if (tokens.length > budget) {
    text = tokens.slice(0, Math.max(0, budget)).join("");
    stopReason = "max_tokens";
    stopSequence = null;
    cut = true;
  }
  budget -= countTokens(text);
  if (text) content.push({ type: "text", text });

  if (tool && !cut) {
    const input = toolInput(tool, conversation.lastUserText);
    if (countTokens(JSON.stringify(input)) <= budget) {
      content.push({
        type: "tool_use",
        id: `toolu_${deriveId(seed, "tool_use", 24)}`,
        name: tool.name,
        input,
      });
      stopReason = "tool_use";
    } else {
      stopReason = "max_tokens";
    }
  }

  const outputTokens = content.reduce(
    (sum, block) =>
      sum +
      (block.type === "text"
        ? countTokens(block.text)
        : block.type === "thinking"
          ? countTokens(block.thinking)
          : countTokens(JSON.stringify(block.input))),
    0,
  );
  return {
    // ZenMux's ids carry no `msg_` prefix.
    id: deriveId(seed, "message", 24),
    type: "message",
    role: "assistant",
    model: body.model,
    content,
    stop_reason: stopReason,
    stop_sequence: stopSequence,
    usage: { ...(options.input ?? uncachedInputUsage(body)), output_tokens: outputTokens },
  };
}
