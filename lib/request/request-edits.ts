import type {
  Base64ImageSource,
  ContentBlockParam,
  ImageBlockParam,
  MessageParam,
  Tool,
  ToolChoice,
} from "@anthropic-ai/sdk/resources/messages/messages";
import type { MessagesBody, PlaygroundRequest } from "@/lib/anthropic/request";

/**
 * Pure, immutable edits of the playground request. Each returns a new request and keeps every
 * field it does not touch, including ones this playground does not know about.
 */

/** Chat roles of the 2023-06-01 API (the SDK's union also carries a newer `system` role). */
export type Role = "user" | "assistant";

/** A message as edited here: the SDK's variants differ only in role, and the edits keep roles. */
export interface EditableMessage {
  role: MessageParam["role"];
  content: string | ContentBlockParam[];
  [key: string]: unknown;
}

/** Sets a body field, or removes it when `value` is undefined: unset fields are absent, not null. */
export function setBodyField<K extends keyof MessagesBody>(
  request: PlaygroundRequest,
  key: K,
  value: MessagesBody[K] | undefined,
): PlaygroundRequest {
  const body = { ...request.body };
  if (value === undefined) delete body[key];
  else body[key] = value;
  return { ...request, body };
}

export function setSystemText(request: PlaygroundRequest, text: string): PlaygroundRequest {
  return setBodyField(request, "system", text === "" ? undefined : text);
}

/** Edits the text of one block of an array `system`, keeping `cache_control` and the rest. */
export function setSystemBlockText(
  request: PlaygroundRequest,
  index: number,
  text: string,
): PlaygroundRequest {
  const system = request.body.system;
  if (!Array.isArray(system)) return request;
  return setBodyField(
    request,
    "system",
    system.map((block, i) => (i === index ? { ...block, text } : block)),
  );
}

function mapMessages(
  request: PlaygroundRequest,
  fn: (messages: EditableMessage[]) => EditableMessage[],
): PlaygroundRequest {
  // The edits keep each message's shape; the SDK's role-discriminated union cannot see that.
  const messages = fn(request.body.messages as EditableMessage[]) as MessageParam[];
  return { ...request, body: { ...request.body, messages } };
}

function mapMessage(
  request: PlaygroundRequest,
  index: number,
  fn: (message: EditableMessage) => EditableMessage,
): PlaygroundRequest {
  return mapMessages(request, (messages) => messages.map((m, i) => (i === index ? fn(m) : m)));
}

export function addMessage(request: PlaygroundRequest, role: Role): PlaygroundRequest {
  return mapMessages(request, (messages) => [...messages, { role, content: "" }]);
}

export function removeMessage(request: PlaygroundRequest, index: number): PlaygroundRequest {
  return mapMessages(request, (messages) => messages.filter((_, i) => i !== index));
}

/** Moves a message by `delta` places; out-of-range moves leave the request unchanged. */
export function moveMessage(
  request: PlaygroundRequest,
  index: number,
  delta: number,
): PlaygroundRequest {
  const target = index + delta;
  const messages = request.body.messages;
  if (index < 0 || index >= messages.length || target < 0 || target >= messages.length)
    return request;
  return mapMessages(request, (list) => {
    const next = [...list];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(target, 0, moved);
    return next;
  });
}

export function setMessageRole(
  request: PlaygroundRequest,
  index: number,
  role: Role,
): PlaygroundRequest {
  return mapMessage(request, index, (m) => ({ ...m, role }));
}

/** The message's editable text: the string, or its first text block. */
export function messageText(message: { content: string | readonly ContentBlockParam[] }): string {
  if (typeof message.content === "string") return message.content;
  const block = message.content.find((b) => b.type === "text");
  return block?.type === "text" ? block.text : "";
}

/**
 * Sets the message's text. A string stays a string; in a block array the first text block is
 * edited (or one is put first when there is none), other blocks are kept as they are.
 */
export function setMessageText(
  request: PlaygroundRequest,
  index: number,
  text: string,
): PlaygroundRequest {
  return mapMessage(request, index, (m) => {
    if (typeof m.content === "string") return { ...m, content: text };
    const at = m.content.findIndex((b) => b.type === "text");
    if (at === -1) {
      if (text === "") return m;
      return { ...m, content: [{ type: "text", text }, ...m.content] };
    }
    return {
      ...m,
      content: m.content.map((b, i) => (i === at && b.type === "text" ? { ...b, text } : b)),
    };
  });
}

/** Appends a block; a string content becomes a text block first (dropped when blank). */
export function addMessageBlock(
  request: PlaygroundRequest,
  index: number,
  block: ContentBlockParam,
): PlaygroundRequest {
  return mapMessage(request, index, (m) => {
    const blocks: ContentBlockParam[] =
      typeof m.content === "string"
        ? m.content === ""
          ? []
          : [{ type: "text", text: m.content }]
        : m.content;
    return { ...m, content: [...blocks, block] };
  });
}

/** Edits a message's block array; a plain-string content has no blocks and stays as it is. */
function mapBlocks(
  request: PlaygroundRequest,
  index: number,
  edit: (blocks: ContentBlockParam[]) => ContentBlockParam[],
): PlaygroundRequest {
  return mapMessage(request, index, (m) =>
    typeof m.content === "string" ? m : { ...m, content: edit(m.content) },
  );
}

export function removeMessageBlock(
  request: PlaygroundRequest,
  index: number,
  blockIndex: number,
): PlaygroundRequest {
  return mapBlocks(request, index, (blocks) => blocks.filter((_, i) => i !== blockIndex));
}

export function replaceMessageBlock(
  request: PlaygroundRequest,
  index: number,
  blockIndex: number,
  block: ContentBlockParam,
): PlaygroundRequest {
  return mapBlocks(request, index, (blocks) =>
    blocks.map((b, i) => (i === blockIndex ? block : b)),
  );
}

export type ImageMediaType = Base64ImageSource["media_type"];

export function base64ImageBlock(mediaType: ImageMediaType, data: string): ImageBlockParam {
  return { type: "image", source: { type: "base64", media_type: mediaType, data } };
}

export function addStopSequence(request: PlaygroundRequest, sequence: string): PlaygroundRequest {
  const current = request.body.stop_sequences ?? [];
  if (sequence === "" || current.includes(sequence)) return request;
  return setBodyField(request, "stop_sequences", [...current, sequence]);
}

export function removeStopSequence(request: PlaygroundRequest, index: number): PlaygroundRequest {
  const next = (request.body.stop_sequences ?? []).filter((_, i) => i !== index);
  return setBodyField(request, "stop_sequences", next.length ? next : undefined);
}

export const DEFAULT_THINKING_BUDGET = 1024;

/** Thinking on sets `{type:"enabled", budget_tokens}`; off removes the field. */
export function setThinking(
  request: PlaygroundRequest,
  enabled: boolean,
  budget = DEFAULT_THINKING_BUDGET,
): PlaygroundRequest {
  return setBodyField(
    request,
    "thinking",
    enabled ? { type: "enabled", budget_tokens: budget } : undefined,
  );
}

export const WEATHER_TOOL: Tool = {
  name: "get_weather",
  description: "Get the current weather for a city.",
  input_schema: {
    type: "object",
    properties: {
      city: { type: "string", description: "City name, e.g. Paris" },
      unit: { type: "string", enum: ["celsius", "fahrenheit"] },
    },
    required: ["city"],
  },
};

type AnyTool = NonNullable<MessagesBody["tools"]>[number];

export function addTool(request: PlaygroundRequest, tool: AnyTool): PlaygroundRequest {
  return setBodyField(request, "tools", [...(request.body.tools ?? []), tool]);
}

export function updateTool(
  request: PlaygroundRequest,
  index: number,
  tool: AnyTool,
): PlaygroundRequest {
  return setBodyField(
    request,
    "tools",
    (request.body.tools ?? []).map((t, i) => (i === index ? tool : t)),
  );
}

/** Removes a tool; the last one removed takes `tools` (and a now-pointless `tool_choice`) away. */
export function removeTool(request: PlaygroundRequest, index: number): PlaygroundRequest {
  const next = (request.body.tools ?? []).filter((_, i) => i !== index);
  const edited = setBodyField(request, "tools", next.length ? next : undefined);
  return next.length ? edited : setBodyField(edited, "tool_choice", undefined);
}

/** A name not yet used by any tool: `tool`, `tool_2`, … */
export function freshToolName(request: PlaygroundRequest, base = "tool"): string {
  const names = new Set((request.body.tools ?? []).map((t) => ("name" in t ? t.name : "")));
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base}_${n}`)) return `${base}_${n}`;
}

export function setToolChoice(
  request: PlaygroundRequest,
  choice: ToolChoice | undefined,
): PlaygroundRequest {
  return setBodyField(request, "tool_choice", choice);
}

export function addBeta(request: PlaygroundRequest, beta: string): PlaygroundRequest {
  const value = beta.trim();
  if (!value || request.betas.includes(value)) return request;
  return { ...request, betas: [...request.betas, value] };
}

export function removeBeta(request: PlaygroundRequest, beta: string): PlaygroundRequest {
  return { ...request, betas: request.betas.filter((b) => b !== beta) };
}

/** Replaces the body whole (from the raw JSON view), keeping betas. */
export function replaceBody(request: PlaygroundRequest, body: MessagesBody): PlaygroundRequest {
  return { ...request, body };
}
