import { base64Bytes } from "@/lib/anthropic/attachment-limits";
import { stableStringify } from "./hash";
import { pdfPagesOf, TOKENS_PER_PDF_PAGE } from "./media-checks";
import type { ContentBlock, CountTokensBody } from "./schema";
import { countTokens } from "./tokenizer";

/**
 * Input-token accounting shared by `usage` and count_tokens. The prompt is read in Anthropic's
 * cache order (tools, system, messages), part by part, so prompt-cache.ts can find the prefix up
 * to each `cache_control` breakpoint.
 */

export interface InputUsage {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

export interface InputSegment {
  tokens: number;
  /** The TTL of a `cache_control` breakpoint on this part, if it carries one. */
  breakpoint?: "5m" | "1h";
  /** The part as sent, so a cache entry can be keyed by the exact prefix. */
  part: unknown;
}

function breakpointOf(part: unknown): "5m" | "1h" | undefined {
  const control = (part as { cache_control?: { ttl?: string } | null }).cache_control;
  if (!control) return undefined;
  return control.ttl === "1h" ? "1h" : "5m";
}

const plain = (tokens: number, part: unknown): InputSegment => ({ tokens, part });
const marked = (tokens: number, part: unknown): InputSegment => {
  const breakpoint = breakpointOf(part);
  return breakpoint ? { tokens, part, breakpoint } : { tokens, part };
};

/** Fixed costs, so that even "Hi" costs a plausible handful of tokens. */
const REQUEST_OVERHEAD = 4;
const MESSAGE_OVERHEAD = 3;
const TOOL_OVERHEAD = 8;

function blockTokens(block: ContentBlock): number {
  switch (block.type) {
    case "text":
      return countTokens(block.text);
    case "image":
      // Anthropic counts pixels; without decoding we scale with the encoded size.
      return block.source.type === "base64"
        ? Math.min(1600, Math.max(85, Math.round(base64Bytes(block.source.data) / 100)))
        : 800;
    case "document": {
      const { source } = block;
      if (source.type === "text") return countTokens(source.data) + 10;
      if (source.type === "base64") {
        const pages = pdfPagesOf(block);
        return pages > 0
          ? pages * TOKENS_PER_PDF_PAGE
          : Math.max(100, Math.round(base64Bytes(source.data) / 50));
      }
      if (source.type === "content")
        return typeof source.content === "string"
          ? countTokens(source.content) + 10
          : 50 * source.content.length;
      return 1500;
    }
    case "tool_use":
      return countTokens(`${block.name} ${JSON.stringify(block.input)}`) + 3;
    case "tool_result": {
      const { content } = block;
      if (content === undefined) return 3;
      if (typeof content === "string") return countTokens(content) + 3;
      return content.reduce((sum, item) => sum + blockTokens(item), 3);
    }
    case "thinking":
      return countTokens(block.thinking);
    case "redacted_thinking":
      return Math.ceil(block.data.length / 4);
  }
}

/** The prompt's parts in cache order (tools, system, messages) with their token counts. */
export function inputSegments(body: CountTokensBody): InputSegment[] {
  const out: InputSegment[] = [plain(REQUEST_OVERHEAD, body.model)];
  for (const tool of body.tools ?? []) {
    const text = `${tool.name} ${tool.description ?? ""} ${stableStringify(tool.input_schema ?? {})}`;
    out.push(marked(countTokens(text) + TOOL_OVERHEAD, tool));
  }
  if (typeof body.system === "string") out.push(plain(countTokens(body.system), body.system));
  else for (const block of body.system ?? []) out.push(marked(countTokens(block.text), block));
  for (const [index, message] of body.messages.entries()) {
    out.push(plain(MESSAGE_OVERHEAD, `${index}:${message.role}`));
    if (typeof message.content === "string") {
      out.push(plain(countTokens(message.content), message.content));
      continue;
    }
    for (const block of message.content) out.push(marked(blockTokens(block), block));
  }
  return out;
}

/** count_tokens' answer: the whole prompt, cached or not. */
export function totalInputTokens(body: CountTokensBody): number {
  return inputSegments(body).reduce((sum, segment) => sum + segment.tokens, 0);
}

/** Usage when nothing is cached: the whole prompt is input. */
export function uncachedInputUsage(body: CountTokensBody): InputUsage {
  return {
    input_tokens: totalInputTokens(body),
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
  };
}
