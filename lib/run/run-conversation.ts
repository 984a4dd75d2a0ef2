/**
 * A reply as messages of the conversation: the assistant message with every block (thinking keeps
 * its signature, tool_use its id), the merge with a prefill, and the tool_result message.
 */
import type { MessagesBody, PlaygroundRequest } from "@/lib/anthropic/request";
import type {
  ResponseBlock,
  ResponseMessage,
  ToolUseBlock,
} from "@/lib/anthropic/stream-accumulator";

type MessageParam = MessagesBody["messages"][number];
type BlockParam = Exclude<MessageParam["content"], string>[number];

function toBlockParam(block: ResponseBlock): BlockParam | undefined {
  switch (block.type) {
    case "text":
      // The API refuses empty text blocks.
      if (!block.text) return undefined;
      return (
        block.citations && block.citations.length > 0
          ? { type: "text", text: block.text, citations: block.citations }
          : { type: "text", text: block.text }
      ) as BlockParam;
    case "thinking":
      return { type: "thinking", thinking: block.thinking, signature: block.signature };
    case "redacted_thinking":
      return { type: "redacted_thinking", data: block.data };
    case "tool_use":
    case "server_tool_use":
      return { type: block.type, id: block.id, name: block.name, input: block.input } as BlockParam;
    case "other":
      return block.original as unknown as BlockParam;
  }
}

function contentBlocks(content: MessageParam["content"]): BlockParam[] {
  return typeof content === "string" ? (content ? [{ type: "text", text: content }] : []) : content;
}

/** A trailing assistant message is a prefill: the reply continues it. */
function prefillOf(body: MessagesBody): MessageParam | undefined {
  const last = body.messages[body.messages.length - 1];
  return last?.role === "assistant" ? last : undefined;
}

/** The reply's blocks as one assistant message, continuing the prefill when there was one. */
export function assistantMessage(message: ResponseMessage, prefill?: MessageParam): MessageParam {
  const reply = message.content.map(toBlockParam).filter((b): b is BlockParam => b !== undefined);
  if (!prefill) return { role: "assistant", content: reply };
  const before = contentBlocks(prefill.content);
  const last = before[before.length - 1];
  const first = reply[0];
  if (last?.type === "text" && first?.type === "text") {
    const merged = { ...last, text: last.text + first.text };
    return { role: "assistant", content: [...before.slice(0, -1), merged, ...reply.slice(1)] };
  }
  return { role: "assistant", content: [...before, ...reply] };
}

/**
 * The request with the reply appended to the conversation that produced it (`ran`), keeping the
 * current request's other fields (model, parameters) as the user has them now.
 */
export function withReply(
  current: PlaygroundRequest,
  ran: PlaygroundRequest,
  message: ResponseMessage,
  after: MessageParam[] = [],
): PlaygroundRequest {
  const prefill = prefillOf(ran.body);
  const history = prefill ? ran.body.messages.slice(0, -1) : ran.body.messages;
  return {
    ...current,
    body: {
      ...current.body,
      messages: [...history, assistantMessage(message, prefill), ...after],
    },
  };
}

export function toolUses(message: ResponseMessage): ToolUseBlock[] {
  return message.content.filter((b): b is ToolUseBlock => b.type === "tool_use");
}

export interface ToolResultInput {
  toolUseId: string;
  content: string;
  isError: boolean;
}

export function toolResultMessage(results: readonly ToolResultInput[]): MessageParam {
  return {
    role: "user",
    content: results.map((result) => ({
      type: "tool_result" as const,
      tool_use_id: result.toolUseId,
      content: result.content,
      ...(result.isError ? { is_error: true } : {}),
    })),
  };
}

export function userTextMessage(text: string): MessageParam {
  return { role: "user", content: text };
}
