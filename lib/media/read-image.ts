import type { ImageBlockParam } from "@anthropic-ai/sdk/resources/messages/messages";
import { IMAGE_MEDIA_TYPES } from "@/lib/anthropic/attachment-limits";
import { base64ImageBlock, type ImageMediaType } from "@/lib/request/request-edits";

/** The API refuses images above 5 MB (docs/protocol.md#images). */
export const IMAGE_WARN_BYTES = 5 * 1024 * 1024;

export type ImageRead = { ok: true; block: ImageBlockParam } | { ok: false; error: string };

function isImageType(type: string): type is ImageMediaType {
  return (IMAGE_MEDIA_TYPES as readonly string[]).includes(type);
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

// Native base64 (recent engines) is one fast call; older ones fall back to btoa/atob.
type Base64Native = {
  toBase64?: (this: Uint8Array) => string;
};
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (data: string) => Uint8Array })
  .fromBase64;

export function toBase64(bytes: Uint8Array): string {
  const native = (Uint8Array.prototype as Base64Native).toBase64;
  if (native) return native.call(bytes);
  let binary = "";
  // Chunks keep String.fromCharCode under the engine's argument limit for large images.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 data as a Blob, e.g. for an object URL that shows it without a data URL in the DOM. */
export function base64ToBlob(data: string, type: string): Blob {
  if (nativeFromBase64)
    return new Blob([nativeFromBase64(data) as Uint8Array<ArrayBuffer>], { type });
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
