import type {
  ContentBlockParam,
  DocumentBlockParam,
} from "@anthropic-ai/sdk/resources/messages/messages";
import {
  base64Bytes,
  describePages,
  mediaUrlProblem,
  PDF_MEDIA_TYPE,
  readPdfSource,
  TEXT_DOCUMENT_MEDIA_TYPE,
} from "@/lib/anthropic/attachment-limits";
import { formatBytes } from "../format/format-bytes";
import { TEXT_EXTENSIONS } from "./attach-accept";

/** What a picked file becomes: an image block, a base64 PDF document or a text document. */
export type AttachmentKind = "image" | "pdf" | "text";

const TEXT_MEDIA_TYPES = new Set(["application/json", "application/xml", "application/x-yaml"]);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
}

/** Which block a file becomes, from its media type or, failing that, its name; null if none. */
export function attachmentKind(name: string, mediaType: string): AttachmentKind | null {
  if (mediaType.startsWith("image/")) return "image";
  const extension = extensionOf(name);
  if (mediaType === PDF_MEDIA_TYPE || extension === "pdf") return "pdf";
  if (
    mediaType.startsWith("text/") ||
    TEXT_MEDIA_TYPES.has(mediaType) ||
    TEXT_EXTENSIONS.has(extension)
  )
    return "text";
  return null;
}

export function pdfDocumentBlock(data: string, title?: string): DocumentBlockParam {
  return {
    type: "document",
    source: { type: "base64", media_type: PDF_MEDIA_TYPE, data },
    ...(title ? { title } : {}),
  };
}

export function textDocumentBlock(text: string, title?: string): DocumentBlockParam {
  return {
    type: "document",
    source: { type: "text", media_type: TEXT_DOCUMENT_MEDIA_TYPE, data: text },
    ...(title ? { title } : {}),
  };
}

export type UrlKind = "image" | "pdf";

/** A guess for the URL form: `.pdf` paths are documents, anything else an image. */
export function urlKindOf(url: string): UrlKind {
  try {
    return extensionOf(new URL(url.trim()).pathname) === "pdf" ? "pdf" : "image";
  } catch {
    return "image";
  }
}

export type UrlBlock = { ok: true; block: ContentBlockParam } | { ok: false; error: string };

/** An image or PDF by URL, once the URL is a well-formed http(s) one. */
export function urlBlock(url: string, kind: UrlKind): UrlBlock {
  const problem = mediaUrlProblem(url);
  if (problem) return { ok: false, error: problem };
  const source = { type: "url" as const, url: url.trim() };
  return {
    ok: true,
    block: kind === "image" ? { type: "image", source } : { type: "document", source },
  };
}

/** Document fields the form edits: set with a value, removed with undefined. */
export function withDocumentField<K extends "title" | "context" | "citations">(
  block: DocumentBlockParam,
  key: K,
  value: DocumentBlockParam[K] | undefined,
): DocumentBlockParam {
  const next = { ...block };
  if (value === undefined || value === "") delete next[key];
  else next[key] = value;
  return next;
}

export function citationsEnabled(block: DocumentBlockParam): boolean {
  return block.citations?.enabled === true;
}

/** What a document chip shows: its name, type, size and (for PDFs) pages. */
export interface DocumentSummary {
  name: string;
  type: string;
  size: string | null;
  pages: string | null;
}

function urlName(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf("/") + 1)) || url;
  } catch {
    return url;
  }
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function documentSummary(block: DocumentBlockParam): DocumentSummary {
  const title = block.title ?? undefined;
  const source = block.source;
  switch (source.type) {
    case "base64": {
      const pdf = readPdfSource(source);
      return {
        name: title ?? "PDF",
        type: "PDF",
        size: formatBytes(base64Bytes(source.data)),
        pages: pdf.ok ? (describePages(pdf.pages) ?? "pages unknown") : "not a PDF",
      };
    }
    case "text":
      return {
        name: title ?? "Text",
        type: "text/plain",
        size: formatBytes(utf8Bytes(source.data)),
        pages: null,
      };
    case "url":
      return { name: title ?? urlName(source.url), type: "PDF by URL", size: null, pages: null };
    case "content":
      return { name: title ?? "Content", type: "custom content", size: null, pages: null };
    default:
      return { name: title ?? "Document", type: String(source.type), size: null, pages: null };
  }
}
