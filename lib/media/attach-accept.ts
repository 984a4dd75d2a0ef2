import { IMAGE_MEDIA_TYPES, PDF_MEDIA_TYPE } from "@/lib/anthropic/attachment-limits";

/**
 * What the Attach file chooser offers. A module of its own: the chooser is on the first screen,
 * the code that reads and describes attachments is not.
 */

/** Extensions read as plain text even when the browser gives no (or an odd) media type. */
export const TEXT_EXTENSIONS = new Set(
  "txt text md markdown csv tsv json jsonl xml html htm log yaml yml toml ini srt vtt".split(" "),
);

/** The file chooser's `accept`: images, PDFs and text files. */
export const ATTACH_ACCEPT = [
  ...IMAGE_MEDIA_TYPES,
  PDF_MEDIA_TYPE,
  ".pdf",
  "text/*",
  ...[...TEXT_EXTENSIONS].map((extension) => `.${extension}`),
].join(",");
