"use client";

import type { ContentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { memo } from "react";
import { MarkdownText } from "@/components/markdown/markdown-text";
import { ContentBlockView } from "@/components/run/content-block-view";
import type { ResponseBlock } from "@/lib/anthropic/stream-accumulator";
import type { EditableMessage } from "@/lib/request/request-edits";
import { useImageUrl } from "../media/use-image-url";

/** A request block in the reply views' shape, so a kept message looks like the reply it was. */
function asResponseBlock(block: ContentBlockParam): ResponseBlock {
  // Read loosely: blocks from raw JSON may carry any fields.
  const b = block as unknown as Record<string, unknown>;
  switch (block.type) {
    case "text":
      return { type: "text", text: block.text };
    case "thinking":
      return { type: "thinking", thinking: block.thinking, signature: block.signature };
    case "redacted_thinking":
      return { type: "redacted_thinking", data: block.data };
    case "tool_use":
    case "server_tool_use":
      return { type: block.type, id: String(b.id), name: String(b.name), input: b.input };
    default:
      return { type: "other", original: b };
  }
}

function MessageImage({ mediaType, data, alt }: { mediaType: string; data: string; alt: string }) {
  const url = useImageUrl(mediaType, data);
  const className = "max-h-64 max-w-full rounded-md bg-surface-muted object-contain";
  return url ? (
    // biome-ignore lint/performance/noImgElement: object URLs cannot go through next/image.
    <img src={url} alt={alt} className={className} />
  ) : (
    <span role="img" aria-label={alt} className={`${className} block h-32 w-48`} />
  );
}

function toolResultText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return JSON.stringify(content ?? "");
  return content
    .map((part: { type?: string; text?: string }) =>
      part.type === "text" ? (part.text ?? "") : `[${part.type ?? "block"}]`,
    )
    .join("\n");
}

function MessageBlock({ block, alt }: { block: ContentBlockParam; alt: string }) {
  if (block.type === "image" && block.source.type === "base64") {
    return <MessageImage mediaType={block.source.media_type} data={block.source.data} alt={alt} />;
  }
  if (block.type === "tool_result") {
    return (
      <section
        aria-label={`Tool result for ${block.tool_use_id}`}
        className="rounded-md border border-emerald-200 bg-emerald-50/50 text-xs dark:border-emerald-900 dark:bg-emerald-950/30"
      >
        <header className="flex flex-wrap items-center gap-2 border-b border-emerald-200 px-3 py-1.5 dark:border-emerald-900">
          <span className="rounded bg-emerald-100 px-1.5 py-0.5 font-medium text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
            tool_result{block.is_error ? " · error" : ""}
          </span>
          <span className="ml-auto font-mono text-fg-muted">{block.tool_use_id}</span>
        </header>
        <pre className="overflow-x-auto p-3 font-mono whitespace-pre-wrap text-fg-soft">
          {toolResultText(block.content)}
        </pre>
      </section>
    );
  }
  return <ContentBlockView block={asResponseBlock(block)} streaming={false} />;
}

/** A message as it reads: Markdown, images, tool calls and results, thinking. */
export const MessageView = memo(function MessageView({
  message,
  n,
}: {
  message: EditableMessage;
  /** The message's 1-based position, for image names. */
  n: number;
}) {
  if (typeof message.content === "string") {
    return message.content.trim() ? (
      <MarkdownText text={message.content} />
    ) : (
      <p className="text-sm text-fg-subtle italic">Empty</p>
    );
  }
  let images = 0;
  return (
    <div className="flex flex-col gap-2">
      {message.content.map((block, i) => (
        <MessageBlock
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are addressed by their position.
          key={i}
          block={block}
          alt={block.type === "image" ? `Image ${++images} of message ${n}` : ""}
        />
      ))}
    </div>
  );
});
