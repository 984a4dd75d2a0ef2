import { base64Bytes } from "@/lib/anthropic/attachment-limits";
import { pdfPagesOf } from "./media-checks";
import type { ContentBlock, EmulatorMessage } from "./schema";

/** What the emulator's answer is about: the facts it reads out of the conversation. */

export interface Attachment {
  kind: "image" | "document";
  /** e.g. `image/png, ~12 KB` or `from https://…`. */
  detail: string;
}

export interface ToolResultSummary {
  toolName: string;
  text: string;
  isError: boolean;
}

export interface Conversation {
  /** Text of the last user turn (its text blocks joined). */
  lastUserText: string;
  attachments: Attachment[];
  toolResults: ToolResultSummary[];
  /** Text of a final assistant turn, which the answer must continue. */
  prefill: string | undefined;
  system: string;
}

export function readConversation(
  messages: EmulatorMessage[],
  system: string | { text: string }[] | undefined,
): Conversation {
  const last = messages[messages.length - 1];
  const prefill = last?.role === "assistant" ? textOf(last.content) : undefined;
  const lastUser = [...messages].reverse().find((message) => message.role === "user");
  const toolNames = new Map<string, string>();
  for (const message of messages) {
    if (typeof message.content === "string") continue;
    for (const block of message.content)
      if (block.type === "tool_use") toolNames.set(block.id, block.name);
  }
  const blocks = lastUser && typeof lastUser.content !== "string" ? lastUser.content : [];
  return {
    lastUserText: lastUser ? textOf(lastUser.content) : "",
    attachments: blocks.flatMap(attachmentOf),
    toolResults: blocks.flatMap((block) =>
      block.type === "tool_result"
        ? [
            {
              toolName: toolNames.get(block.tool_use_id) ?? "tool",
              text: typeof block.content === "string" ? block.content : textOf(block.content ?? []),
              isError: block.is_error === true,
            },
          ]
        : [],
    ),
    prefill: prefill || undefined,
    system:
      typeof system === "string" ? system : (system ?? []).map((block) => block.text).join("\n"),
  };
}

function textOf(content: string | readonly { type: string; text?: unknown }[]): string {
  if (typeof content === "string") return content;
  return content
    .flatMap((block) =>
      block.type === "text" && typeof block.text === "string" ? [block.text] : [],
    )
    .join("\n");
}

function kilobytes(bytes: number): string {
  return `~${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function attachmentOf(block: ContentBlock): Attachment[] {
  if (block.type === "image") {
    const { source } = block;
    if (source.type === "base64")
      return [
        { kind: "image", detail: `${source.media_type}, ${kilobytes(base64Bytes(source.data))}` },
      ];
    if (source.type === "url") return [{ kind: "image", detail: `from ${source.url}` }];
    return [{ kind: "image", detail: `file ${source.file_id}` }];
  }
  if (block.type === "document") {
    const { source } = block;
    const title = block.title ? `, "${block.title}"` : "";
    if (source.type === "base64") {
      const pages = pdfPagesOf(block);
      const pageCount = pages > 0 ? `, ${pages} ${pages === 1 ? "page" : "pages"}` : "";
      return [
        {
          kind: "document",
          detail: `application/pdf, ${kilobytes(base64Bytes(source.data))}${pageCount}${title}`,
        },
      ];
    }
    if (source.type === "text")
      return [{ kind: "document", detail: `text/plain, ${source.data.length} characters${title}` }];
    if (source.type === "url") return [{ kind: "document", detail: `from ${source.url}${title}` }];
    if (source.type === "content") return [{ kind: "document", detail: `custom content${title}` }];
    return [{ kind: "document", detail: `file ${source.file_id}${title}` }];
  }
  return [];
}

const STOPWORDS = new Set(
  "a an and are as at be but by can could do does for from get give how i in into is it its me my of on or please show tell that the their them then there these this to use using was what when where which who why will with would you your about write make create some can't".split(
    " ",
  ),
);

/** The words that carry meaning, lower-cased, in order, without repeats. */
export function keywords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length > 2 && !STOPWORDS.has(word)))];
}

/** A short quote of the user's words for the answer to refer to. */
export function quote(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
