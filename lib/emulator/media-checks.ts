import { pdfPageLimit, readPdfSource } from "@/lib/anthropic/attachment-limits";
import type { ContentBlock, EmulatorMessage } from "./schema";

/**
 * Document and image checks the schema cannot express, answered as Anthropic words them: a base64
 * PDF must be a PDF, URLs must be http(s), and a request carries a limited number of PDF pages.
 */

/** Tokens per PDF page: billed as text plus an image, 1,500–3,000 (docs/protocol.md#pdfs). */
export const TOKENS_PER_PDF_PAGE = 1_500;

/** The media blocks of a message, those inside tool results included, with their paths. */
function* mediaBlocks(messages: EmulatorMessage[]): Generator<[ContentBlock, string]> {
  for (const [i, message] of messages.entries()) {
    if (typeof message.content === "string") continue;
    for (const [j, block] of message.content.entries()) {
      const where = `messages.${i}.content.${j}`;
      if (block.type === "tool_result" && Array.isArray(block.content))
        for (const [k, inner] of block.content.entries()) yield [inner, `${where}.content.${k}`];
      else yield [block, where];
    }
  }
}

function urlProblem(url: string, where: string): string | undefined {
  const scheme = new URL(url).protocol;
  return scheme === "https:" || scheme === "http:"
    ? undefined
    : `${where}.source.url: URL scheme must be http or https, got ${scheme.replace(":", "")}`;
}

/** The pages of a base64 PDF block (0 for other sources, whose pages the emulator cannot see). */
export function pdfPagesOf(block: ContentBlock): number {
  if (block.type !== "document" || block.source.type !== "base64") return 0;
  const pdf = readPdfSource(block.source);
  return pdf.ok ? (pdf.pages.pages ?? 1) : 0;
}

export function documentsProblem(messages: EmulatorMessage[]): string | undefined {
  for (const [block, where] of mediaBlocks(messages)) {
    if (block.type !== "image" && block.type !== "document") continue;
    if (block.source.type === "url") {
      const problem = urlProblem(block.source.url, where);
      if (problem) return problem;
    }
    if (block.type === "document" && block.source.type === "base64") {
      if (!readPdfSource(block.source).ok)
        return `${where}.pdf.source.base64.data: The PDF specified was not valid.`;
    }
  }
  return undefined;
}

/** Too many PDF pages for the model's context window, as Anthropic says it. */
export function pdfPagesProblem(
  messages: EmulatorMessage[],
  contextLength: number | undefined,
): string | undefined {
  let pages = 0;
  for (const [block] of mediaBlocks(messages)) pages += pdfPagesOf(block);
  const limit = pdfPageLimit(contextLength);
  return pages > limit ? `A maximum of ${limit} PDF pages may be provided.` : undefined;
}
