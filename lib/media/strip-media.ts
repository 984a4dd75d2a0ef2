import type { PlaygroundRequest } from "@/lib/anthropic/request";

export interface StrippedMedia {
  images: number;
  documents: number;
}

export interface StripResult {
  request: PlaygroundRequest;
  stripped: StrippedMedia;
}

type Block = { type?: unknown; source?: unknown; content?: unknown };

function base64Length(block: Block): number | null {
  const source = block.source as { type?: unknown; data?: unknown } | undefined;
  if (source?.type !== "base64" || typeof source.data !== "string") return null;
  return source.data.length;
}

/**
 * Replaces base64 images and documents larger than `maxChars` by a short text block, so the
 * request stays valid (no empty content) and says what was there. Never mutates its input.
 */
export function stripLargeMedia(request: PlaygroundRequest, maxChars: number): StripResult {
  const stripped: StrippedMedia = { images: 0, documents: 0 };

  const stripBlocks = (blocks: unknown[]): unknown[] =>
    blocks.map((raw) => {
      if (typeof raw !== "object" || raw === null) return raw;
      const block = raw as Block;
      if (block.type === "image" || block.type === "document") {
        const length = base64Length(block);
        if (length !== null && length > maxChars) {
          const kind = block.type;
          if (kind === "image") stripped.images++;
          else stripped.documents++;
          return { type: "text", text: `[${kind} left out: too large to keep here]` };
        }
        return raw;
      }
      if (block.type === "tool_result" && Array.isArray(block.content)) {
        return { ...block, content: stripBlocks(block.content) };
      }
      return raw;
    });

  const messages = request.body.messages.map((message) =>
    Array.isArray(message.content)
      ? // Only image/document blocks are swapped for text blocks, which every role accepts.
        ({ ...message, content: stripBlocks(message.content) } as typeof message)
      : message,
  );
  if (stripped.images === 0 && stripped.documents === 0) return { request, stripped };
  return { request: { ...request, body: { ...request.body, messages } }, stripped };
}

/** "1 image and 2 documents", or null when nothing was left out. */
export function describeStripped({ images, documents }: StrippedMedia): string | null {
  const parts: string[] = [];
  if (images) parts.push(`${images} ${images === 1 ? "image" : "images"}`);
  if (documents) parts.push(`${documents} ${documents === 1 ? "document" : "documents"}`);
  return parts.length ? parts.join(" and ") : null;
}
