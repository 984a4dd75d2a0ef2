import { base64Bytes } from "@/lib/anthropic/attachment-limits";
import { type CacheSegment, cacheSegments } from "@/lib/anthropic/cache-plan";
import type { MessagesBody } from "@/lib/anthropic/request";

/**
 * A local token estimate for when no upstream counts (ZenMux documents no count_tokens endpoint).
 * Claude's tokenizers average about four characters of English per token; images and PDFs are
 * priced by the rules of thumb in docs/protocol.md#images and docs/protocol.md#pdfs. Good for a
 * bar and a cost range, not a bill.
 */

const CHARS_PER_TOKEN = 4;
/** The cap for one image (about 1.15 megapixels at 750 pixels per token). */
const IMAGE_TOKENS = 1600;
/** A PDF page costs 1,500–3,000 tokens; we guess a page per 50 kB of PDF. */
const PDF_TOKENS_PER_PAGE = 2000;
const PDF_BYTES_PER_PAGE = 50 * 1024;
/** Role markers and separators the API adds around each part. */
const PART_OVERHEAD = 3;

const textTokens = (text: string) => Math.ceil(text.length / CHARS_PER_TOKEN);

function blockTokens(part: unknown): number {
  if (typeof part === "string") return textTokens(part);
  if (typeof part !== "object" || part === null) return 0;
  const block = part as {
    type?: unknown;
    text?: unknown;
    source?: { type?: unknown; data?: unknown; content?: unknown };
    content?: unknown;
  };
  if (block.type === "text" && typeof block.text === "string") return textTokens(block.text);
  if (block.type === "image") return IMAGE_TOKENS;
  if (block.type === "document") {
    const { source } = block;
    if (source?.type === "text" && typeof source.data === "string") return textTokens(source.data);
    const bytes =
      source?.type === "base64" && typeof source.data === "string" ? base64Bytes(source.data) : 0;
    return Math.max(1, Math.ceil(bytes / PDF_BYTES_PER_PAGE)) * PDF_TOKENS_PER_PAGE;
  }
  if (block.type === "tool_result" && Array.isArray(block.content))
    return block.content.reduce((sum: number, item) => sum + blockTokens(item), 0);
  // Tools, tool_use and anything else are read as their JSON.
  const { cache_control: _, ...rest } = block as Record<string, unknown>;
  return textTokens(JSON.stringify(rest) ?? "");
}

/** The estimated tokens of one part of the cache prefix. */
export function estimateSegmentTokens(segment: CacheSegment): number {
  return blockTokens(segment.value) + PART_OVERHEAD;
}

/** The estimated input tokens of the whole request. */
export function estimateInputTokens(body: MessagesBody): number {
  return cacheSegments(body).reduce((sum, segment) => sum + estimateSegmentTokens(segment), 0);
}
