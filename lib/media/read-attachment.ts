import type { ContentBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { looksLikePdf } from "@/lib/anthropic/attachment-limits";
import { MAX_REQUEST_BYTES } from "@/lib/anthropic/protocol";
import { formatBytes } from "@/lib/format/format-bytes";
import { attachmentKind, pdfDocumentBlock, textDocumentBlock } from "@/lib/media/file-blocks";
import { readImageFile, toBase64 } from "./read-image";

export type AttachmentRead = { ok: true; block: ContentBlockParam } | { ok: false; error: string };

const refuse = (error: string): AttachmentRead => ({ ok: false, error });

/** Base64 makes 3 bytes 4 characters, and the request carries the characters. */
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

/**
 * A picked, pasted or dropped file as the block the API takes for it: an image, a base64 PDF
 * document, or a plain-text document titled with the file's name; or why it cannot be one.
 */
export async function readAttachmentFile(file: File): Promise<AttachmentRead> {
  const name = file.name || "That file";
  const kind = attachmentKind(file.name, file.type);
  if (kind === null)
    return refuse(
      `${name} is ${file.type || "of an unknown type"}: attach images (JPEG, PNG, GIF, WebP), PDFs or plain-text files (.txt, .md, .csv …).`,
    );
  if (kind === "image") return readImageFile(file);

  const carried = kind === "pdf" ? base64Length(file.size) : file.size;
  if (carried > MAX_REQUEST_BYTES)
    return refuse(
      `${name} is ${formatBytes(file.size)}: ${kind === "pdf" ? "as base64 it" : "it"} would pass the API's ${formatBytes(MAX_REQUEST_BYTES)} request limit.`,
    );

  if (kind === "pdf") {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const head = String.fromCharCode(...bytes.subarray(0, 1024));
    if (!looksLikePdf(head)) return refuse(`${name} is not a PDF: it does not start with %PDF-.`);
    return { ok: true, block: pdfDocumentBlock(toBase64(bytes), file.name || undefined) };
  }
  const text = await file.text();
  if (text.includes("\u0000")) return refuse(`${name} looks binary, not like plain text.`);
  if (text.trim() === "") return refuse(`${name} is empty.`);
  return { ok: true, block: textDocumentBlock(text, file.name || undefined) };
}
