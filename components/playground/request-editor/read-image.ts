import type { ImageBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { base64ImageBlock, type ImageMediaType } from "@/lib/playground/request-edits";

const IMAGE_TYPES: readonly ImageMediaType[] = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
];

/** The API refuses images above 5 MB. */
export const IMAGE_WARN_BYTES = 5 * 1024 * 1024;

export type ImageRead = { ok: true; block: ImageBlockParam } | { ok: false; error: string };

function isImageType(type: string): type is ImageMediaType {
  return (IMAGE_TYPES as readonly string[]).includes(type);
}

/** A picked, pasted or dropped file as a base64 image block, or why it cannot be one. */
export async function readImageFile(file: File): Promise<ImageRead> {
  if (!isImageType(file.type))
    return {
      ok: false,
      error: `${file.name || "That file"} is ${file.type || "not an image"}: only JPEG, PNG, GIF or WebP images can be attached.`,
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { ok: true, block: base64ImageBlock(file.type, toBase64(bytes)) };
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // Chunks keep String.fromCharCode under the engine's argument limit for large images.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Decoded size of base64 data, in bytes. */
export function base64Bytes(data: string): number {
  const padding = data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0;
  return Math.max(0, Math.floor((data.length * 3) / 4) - padding);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
