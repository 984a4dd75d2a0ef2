/**
 * Folds Messages API stream events into a message, immutably: each event returns a new message
 * whose unchanged blocks keep their identity, so views can skip re-rendering them.
 */

export interface ResponseUsage {
  input_tokens?: number;
  output_tokens?: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation?: {
    ephemeral_5m_input_tokens?: number;
    ephemeral_1h_input_tokens?: number;
  } | null;
  [key: string]: unknown;
}

export interface TextBlock {
  type: "text";
  text: string;
  citations?: unknown[] | null;
}
export interface ThinkingBlock {
  type: "thinking";
  thinking: string;
  signature: string;
}
export interface RedactedThinkingBlock {
  type: "redacted_thinking";
  data: string;
}
export interface ToolUseBlock {
  type: "tool_use" | "server_tool_use";
  id: string;
  name: string;
  input: unknown;
  /** The input's JSON as streamed, until the block stops. */
  partialJson?: string;
  /** Set when the streamed input was not valid JSON. */
  inputError?: string;
}
/** A block type this playground does not know: kept as received. */
export interface OtherBlock {
  type: "other";
  original: Record<string, unknown>;
}

export type ResponseBlock =
  | TextBlock
  | ThinkingBlock
  | RedactedThinkingBlock
  | ToolUseBlock
  | OtherBlock;

export interface ResponseMessage {
  id: string;
  model: string;
  role: "assistant";
  content: ResponseBlock[];
  stop_reason: string | null;
  stop_sequence: string | null;
  usage: ResponseUsage;
}

export interface StreamError {
  type: string;
  message: string;
}

export interface AccumulatorState {
  message: ResponseMessage;
  /** True once `message_stop` arrived. */
  complete: boolean;
  error?: StreamError;
}

export function emptyMessage(): ResponseMessage {
  return {
    id: "",
    model: "",
    role: "assistant",
    content: [],
    stop_reason: null,
    stop_sequence: null,
    usage: {},
  };
}

export function initialAccumulatorState(): AccumulatorState {
  return { message: emptyMessage(), complete: false };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads one block as the API returns it (from `content_block_start` or a whole message). */
export function toResponseBlock(raw: unknown): ResponseBlock {
  const block = isObject(raw) ? raw : {};
  switch (block.type) {
    case "text":
      return {
        type: "text",
        text: typeof block.text === "string" ? block.text : "",
        ...(Array.isArray(block.citations) ? { citations: block.citations } : {}),
      };
    case "thinking":
      return {
        type: "thinking",
        thinking: typeof block.thinking === "string" ? block.thinking : "",
        signature: typeof block.signature === "string" ? block.signature : "",
      };
    case "redacted_thinking":
      return { type: "redacted_thinking", data: typeof block.data === "string" ? block.data : "" };
    case "tool_use":
    case "server_tool_use":
      return {
        type: block.type,
        id: typeof block.id === "string" ? block.id : "",
        name: typeof block.name === "string" ? block.name : "",
        input: block.input ?? {},
      };
    default:
      return { type: "other", original: block };
  }
}

/** Reads a whole (non-streamed) message. */
export function toResponseMessage(raw: unknown): ResponseMessage {
  const body = isObject(raw) ? raw : {};
  return {
    id: typeof body.id === "string" ? body.id : "",
    model: typeof body.model === "string" ? body.model : "",
    role: "assistant",
    content: Array.isArray(body.content) ? body.content.map(toResponseBlock) : [],
    stop_reason: typeof body.stop_reason === "string" ? body.stop_reason : null,
    stop_sequence: typeof body.stop_sequence === "string" ? body.stop_sequence : null,
    usage: isObject(body.usage) ? mergeUsage({}, body.usage) : {},
  };
}

/** Later usage numbers win; nulls and absent fields never erase what is known. */
function mergeUsage(previous: ResponseUsage, next: unknown): ResponseUsage {
  if (!isObject(next)) return previous;
  const merged: ResponseUsage = { ...previous };
  for (const [key, value] of Object.entries(next)) {
    if (value !== null && value !== undefined) merged[key] = value;
  }
  return merged;
}

function replaceBlock(
  message: ResponseMessage,
  index: number,
  update: (block: ResponseBlock) => ResponseBlock,
): ResponseMessage {
  const block = message.content[index];
  if (!block) return message;
  const content = message.content.slice();
  content[index] = update(block);
  return { ...message, content };
}

function applyDelta(block: ResponseBlock, delta: Json): ResponseBlock {
  switch (delta.type) {
    case "text_delta":
      return block.type === "text"
        ? { ...block, text: block.text + String(delta.text ?? "") }
        : block;
    case "thinking_delta":
      return block.type === "thinking"
        ? { ...block, thinking: block.thinking + String(delta.thinking ?? "") }
        : block;
    case "signature_delta":
      return block.type === "thinking"
        ? { ...block, signature: block.signature + String(delta.signature ?? "") }
        : block;
    case "input_json_delta":
      return block.type === "tool_use" || block.type === "server_tool_use"
        ? { ...block, partialJson: (block.partialJson ?? "") + String(delta.partial_json ?? "") }
        : block;
    case "citations_delta":
      return block.type === "text"
        ? { ...block, citations: [...(block.citations ?? []), delta.citation] }
        : block;
    default:
      return block;
  }
}

function finishBlock(block: ResponseBlock): ResponseBlock {
  if (
    (block.type !== "tool_use" && block.type !== "server_tool_use") ||
    block.partialJson === undefined
  )
    return block;
  const { partialJson, ...rest } = block;
  if (partialJson.trim() === "") return { ...rest, input: {} };
  try {
    return { ...rest, input: JSON.parse(partialJson) };
  } catch (error) {
    return {
      ...rest,
      input: partialJson,
      inputError: error instanceof Error ? error.message : "Invalid JSON",
    };
  }
}

/** Applies one stream event (its `event:` name and parsed `data:`); unknown events change nothing. */
export function accumulate(
  state: AccumulatorState,
  eventName: string,
  data: unknown,
): AccumulatorState {
  const event = isObject(data) ? data : {};
  const type = typeof event.type === "string" ? event.type : eventName;
  const { message } = state;
  switch (type) {
    case "message_start": {
      const start = isObject(event.message) ? toResponseMessage(event.message) : emptyMessage();
      return { ...state, message: start };
    }
    case "content_block_start": {
      const index = typeof event.index === "number" ? event.index : message.content.length;
      const content = message.content.slice();
      content[index] = toResponseBlock(event.content_block);
      return { ...state, message: { ...message, content } };
    }
    case "content_block_delta": {
      if (typeof event.index !== "number" || !isObject(event.delta)) return state;
      const delta = event.delta;
      return { ...state, message: replaceBlock(message, event.index, (b) => applyDelta(b, delta)) };
    }
    case "content_block_stop": {
      if (typeof event.index !== "number") return state;
      return { ...state, message: replaceBlock(message, event.index, finishBlock) };
    }
    case "message_delta": {
      const delta = isObject(event.delta) ? event.delta : {};
      // Anthropic sends usage at the event's top level, ZenMux's docs show it inside `delta`
      // (docs/protocol.md#usage-in-the-stream).
      const usage = mergeUsage(mergeUsage(message.usage, delta.usage), event.usage);
      return {
        ...state,
        message: {
          ...message,
          stop_reason:
            typeof delta.stop_reason === "string" ? delta.stop_reason : message.stop_reason,
          stop_sequence:
            typeof delta.stop_sequence === "string" ? delta.stop_sequence : message.stop_sequence,
          usage,
        },
      };
    }
    case "message_stop":
      return { ...state, complete: true };
    case "error": {
      const error = isObject(event.error) ? event.error : {};
      return {
        ...state,
        error: {
          type: typeof error.type === "string" ? error.type : "api_error",
          message:
            typeof error.message === "string" ? error.message : "The stream reported an error.",
        },
      };
    }
    default:
      return state;
  }
}

/** True for the deltas that carry visible output (time to first token counts from the first). */
export function isContentDelta(data: unknown): boolean {
  return isObject(data) && data.type === "content_block_delta";
}

/** The text of a reply: its text blocks joined. */
export function messageText(message: ResponseMessage): string {
  return message.content
    .filter((block): block is TextBlock => block.type === "text")
    .map((block) => block.text)
    .join("");
}
