import {
  describePages,
  IMAGE_MEDIA_TYPES,
  mediaUrlProblem,
  PDF_MAX_PAGES,
  PDF_MAX_PAGES_LARGE_CONTEXT,
  PDF_MEDIA_TYPE,
  readPdfSource,
  TEXT_DOCUMENT_MEDIA_TYPE,
} from "@/lib/anthropic/attachment-limits";
import { MAX_REQUEST_BYTES } from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { formatBytes } from "../format/format-bytes";
import type { RequestIssue } from "./request-issue";

type Source = { type?: unknown; media_type?: unknown; data?: unknown; url?: unknown };
type Block = { type?: unknown; source?: unknown; title?: unknown; content?: unknown };

interface Located {
  block: Block;
  source: Source;
  path: string;
  /** "PDF “report.pdf” in message 2", for messages that say where. */
  name: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every image and document of the messages, tool results included, with where it sits. */
function mediaBlocks(messages: unknown[]): Located[] {
  const found: Located[] = [];
  const visit = (blocks: unknown, messageIndex: number, path: string) => {
    if (!Array.isArray(blocks)) return;
    blocks.forEach((raw, j) => {
      if (!isRecord(raw)) return;
      const block = raw as Block;
      const at = `${path}.${j}`;
      if (block.type === "tool_result") {
        visit(block.content, messageIndex, `${at}.content`);
        return;
      }
      if ((block.type !== "image" && block.type !== "document") || !isRecord(block.source)) return;
      const title = typeof block.title === "string" && block.title ? ` “${block.title}”` : "";
      const kind = block.type === "image" ? "An image" : `Document${title}`;
      found.push({
        block,
        source: block.source as Source,
        path: at,
        name: `${kind} in message ${messageIndex + 1}`,
      });
    });
  };
  messages.forEach((message, i) => {
    if (isRecord(message)) visit(message.content, i, `messages.${i}.content`);
  });
  return found;
}

/**
 * The attachment checks: media types the API accepts, URLs it can fetch, PDFs that are PDFs, the
 * request's PDF page limit and its 32 MB size limit. Cheap on every edit: PDFs are read once.
 */
export function checkDocuments(request: PlaygroundRequest): RequestIssue[] {
  const issues: RequestIssue[] = [];
  const error = (path: string, message: string) =>
    issues.push({ path, message, severity: "error" });
  const messages: unknown[] = Array.isArray(request.body.messages) ? request.body.messages : [];
  let pages = 0;
  let pagesExact = true;
  let lastPdf: Located | null = null;
  let mediaChars = 0;
  let largest: { at: Located; chars: number } | null = null;

  for (const located of mediaBlocks(messages)) {
    const { block, source, path, name } = located;
    const chars = typeof source.data === "string" ? source.data.length : 0;
    mediaChars += chars;
    if (!largest || chars > largest.chars) largest = { at: located, chars };

    if (source.type === "url") {
      const problem = mediaUrlProblem(typeof source.url === "string" ? source.url : "");
      if (problem) error(path, `${name}: ${problem}`);
    } else if (block.type === "image" && source.type === "base64") {
      if (!(IMAGE_MEDIA_TYPES as readonly unknown[]).includes(source.media_type))
        error(
          path,
          `${name} is ${String(source.media_type)}; the API accepts JPEG, PNG, GIF or WebP images.`,
        );
    } else if (block.type === "document" && source.type === "text") {
      if (source.media_type !== TEXT_DOCUMENT_MEDIA_TYPE)
        error(path, `${name}: a text document's media type must be text/plain.`);
    } else if (block.type === "document" && source.type === "base64") {
      if (source.media_type !== PDF_MEDIA_TYPE) {
        error(
          path,
          `${name} is ${String(source.media_type)}; base64 documents must be PDFs (send text as a text document).`,
        );
        continue;
      }
      const pdf =
        typeof source.data === "string"
          ? readPdfSource(source as { data: string })
          : ({ ok: false, reason: "not-base64" } as const);
      if (!pdf.ok) {
        error(
          path,
          pdf.reason === "not-base64"
            ? `${name}: its data is not valid base64.`
            : `${name} is not a PDF: its data does not start with %PDF-.`,
        );
        continue;
      }
      pages += pdf.pages.pages ?? 0;
      pagesExact &&= pdf.pages.exact && pdf.pages.pages !== null;
      lastPdf = located;
    }
  }

  if (lastPdf && pages > PDF_MAX_PAGES) {
    const count = describePages({ pages, exact: pagesExact }) ?? `${pages} pages`;
    if (pages > PDF_MAX_PAGES_LARGE_CONTEXT)
      error(
        lastPdf.path,
        `The PDFs have ${count}; the API accepts at most ${PDF_MAX_PAGES_LARGE_CONTEXT} pages per request.`,
      );
    else
      issues.push({
        path: lastPdf.path,
        severity: "warning",
        message: `The PDFs have ${count}; models with a context window of 200k tokens or less accept at most ${PDF_MAX_PAGES} pages per request.`,
      });
  }
  // Base64 and text count one byte a character; the rest of the body is small beside them.
  if (largest && mediaChars > MAX_REQUEST_BYTES)
    error(
      largest.at.path,
      `Attachments make this request about ${formatBytes(mediaChars)}, over the API's limit of ${MAX_REQUEST_BYTES / 1024 / 1024} MB per request.`,
    );
  return issues;
}
