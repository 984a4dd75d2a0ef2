/**
 * What the Messages API accepts as attachments, shared by the form's checks and the emulator:
 * media types, PDF limits, URL sources, base64 sizes, and a cheap PDF page count.
 */

export const IMAGE_MEDIA_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp"] as const;
export const PDF_MEDIA_TYPE = "application/pdf";
/** The only media type of a `text` document source. */
export const TEXT_DOCUMENT_MEDIA_TYPE = "text/plain";

/** PDF pages per request for models with a context window of 200k tokens or less. */
export const PDF_MAX_PAGES = 100;
/** PDF pages per request for models with a larger window (docs/protocol.md#pdfs). */
export const PDF_MAX_PAGES_LARGE_CONTEXT = 600;
const LARGE_CONTEXT = 200_000;

/** The page limit of a request for a model with this context window (unknown: the strict one). */
export function pdfPageLimit(contextLength: number | undefined): number {
  return contextLength !== undefined && contextLength > LARGE_CONTEXT
    ? PDF_MAX_PAGES_LARGE_CONTEXT
    : PDF_MAX_PAGES;
}

export interface PdfPages {
  /** Page objects found; null when none could be seen (e.g. all inside compressed streams). */
  pages: number | null;
  /** False when the file may hide or repeat pages (object streams, incremental updates). */
  exact: boolean;
}

// `/Type /Page` but not `/Type /Pages`; names may be written with or without spaces.
const PAGE_OBJECT = /\/Type\s*\/Page(?![A-Za-z0-9])/g;

/** True when the bytes (as a binary string) start like a PDF: `%PDF-` in the first KB. */
export function looksLikePdf(binary: string): boolean {
  return binary.slice(0, 1024).includes("%PDF-");
}

/**
 * Counts a PDF's pages without a PDF library, by its `/Type /Page` objects. Exact for simple
 * files; a file with object streams or incremental updates gives an estimate ("about").
 */
export function countPdfPages(binary: string): PdfPages {
  const found = binary.match(PAGE_OBJECT)?.length ?? 0;
  const hidden = binary.includes("/ObjStm");
  const updates = binary.match(/%%EOF/g)?.length ?? 0;
  if (found === 0) return { pages: null, exact: false };
  return { pages: found, exact: !hidden && updates <= 1 };
}

/**
 * The decoded size of base64 data, in bytes. Whitespace is not data: base64 wrapped at 64 or 76
 * columns (PEM, MIME) decodes to the same bytes as unwrapped, as `atob` and the API read it.
 */
export function base64Bytes(data: string): number {
  const trimmed = data.trim();
  // Sizes are asked for on renders and estimates of multi-megabyte data, so the scan is skipped
  // where it cannot matter: wrapped base64 breaks its first line well inside the first kilobyte.
  const breaks = /\s/.test(trimmed.slice(0, 1024)) ? (trimmed.match(/\s/g)?.length ?? 0) : 0;
  const padding = trimmed.endsWith("==") ? 2 : trimmed.endsWith("=") ? 1 : 0;
  return Math.max(0, Math.floor(((trimmed.length - breaks) * 3) / 4) - padding);
}

function base64ToBinary(data: string): string | null {
  try {
    return atob(data.replace(/\s/g, ""));
  } catch {
    return null;
  }
}

export type Base64Pdf =
  | { ok: true; pages: PdfPages }
  | { ok: false; reason: "not-base64" | "not-pdf" };

/** Reads base64 PDF data: whether it is a PDF at all, and its pages. */
export function readBase64Pdf(data: string): Base64Pdf {
  const binary = base64ToBinary(data);
  if (binary === null) return { ok: false, reason: "not-base64" };
  return looksLikePdf(binary)
    ? { ok: true, pages: countPdfPages(binary) }
    : { ok: false, reason: "not-pdf" };
}

// Keyed by the source object, so a PDF is decoded once per request rather than on every edit or
// check, and nothing outlives the request that holds it.
const readSources = new WeakMap<object, Base64Pdf>();

/** readBase64Pdf of a base64 source, remembered for as long as the source object lives. */
export function readPdfSource(source: { data: string }): Base64Pdf {
  const known = readSources.get(source);
  if (known) return known;
  const result = readBase64Pdf(source.data);
  readSources.set(source, result);
  return result;
}

/** Why `url` cannot be an image or document source, or null when it can (http or https). */
export function mediaUrlProblem(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === "") return "Enter a URL.";
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return `"${trimmed}" is not a well-formed URL (it should look like https://example.com/file.pdf).`;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    return `Only http and https URLs can be fetched by the API, not ${parsed.protocol.replace(":", "")}.`;
  if (!parsed.hostname) return "The URL needs a host name.";
  return null;
}

/** "12 pages", "about 12 pages", or null when unknown. */
export function describePages({ pages, exact }: PdfPages): string | null {
  if (pages === null) return null;
  const noun = pages === 1 ? "page" : "pages";
  return exact ? `${pages} ${noun}` : `about ${pages} ${noun}`;
}
