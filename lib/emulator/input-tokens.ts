import { base64Bytes } from "./conversation";
import { pdfPagesOf, TOKENS_PER_PDF_PAGE } from "./documents";
import { stableStringify } from "./hash";
import type { ContentBlock, CountTokensBody } from "./schema";
import { countTokens } from "./tokenizer";

/**
 * Input-token accounting shared by `usage` and count_tokens. The prompt is read in Anthropic's
 * cache order (tools, system, messages); everything up to the last `cache_control` breakpoint is
 * reported as written to the cache.
 */

export interface InputUsage {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

interface Segment {
  tokens: number;
  breakpoint: boolean;
}

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

function segments(body: CountTokensBody): Segment[] {
  const out: Segment[] = [{ tokens: REQUEST_OVERHEAD, breakpoint: false }];
  for (const tool of body.tools ?? []) {
    const text = `${tool.name} ${tool.description ?? ""} ${stableStringify(tool.input_schema ?? {})}`;
    out.push({
      tokens: countTokens(text) + TOOL_OVERHEAD,
      breakpoint: Boolean(tool.cache_control),
    });
  }
  if (typeof body.system === "string")
    out.push({ tokens: countTokens(body.system), breakpoint: false });
  else
    for (const block of body.system ?? [])
      out.push({ tokens: countTokens(block.text), breakpoint: Boolean(block.cache_control) });
  for (const message of body.messages) {
    out.push({ tokens: MESSAGE_OVERHEAD, breakpoint: false });
    if (typeof message.content === "string") {
      out.push({ tokens: countTokens(message.content), breakpoint: false });
      continue;
    }
    for (const block of message.content) {
      const cached = "cache_control" in block && Boolean(block.cache_control);
      out.push({ tokens: blockTokens(block), breakpoint: cached });
    }
  }
  return out;
}

export function inputUsage(body: CountTokensBody): InputUsage {
  const all = segments(body);
  const lastBreakpoint = all.findLastIndex((segment) => segment.breakpoint);
  let cached = 0;
  let uncached = 0;
  for (const [index, segment] of all.entries()) {
    if (index <= lastBreakpoint) cached += segment.tokens;
    else uncached += segment.tokens;
  }
  return {
    input_tokens: uncached,
    cache_creation_input_tokens: cached,
    cache_read_input_tokens: 0,
  };
}

/** count_tokens' answer: the whole prompt, cached or not (equals `usage.input_tokens` without caching). */
export function totalInputTokens(body: CountTokensBody): number {
  const usage = inputUsage(body);
  return usage.input_tokens + usage.cache_creation_input_tokens + usage.cache_read_input_tokens;
}
