import type { ImageMediaType } from "@/lib/request/request-edits";
import { base64ToBlob, IMAGE_WARN_BYTES, toBase64 } from "./read-image";

/** The longest edge worth sending: the API scales larger images down (docs/protocol.md#images). */
export const MAX_IMAGE_EDGE = 1568;

export interface DownscaledImage {
  mediaType: ImageMediaType;
  data: string;
  width: number;
  height: number;
}

/** The size that fits `maxEdge` on the long side, keeping the aspect ratio (never enlarges). */
export function fitWithin(
  width: number,
  height: number,
  maxEdge = MAX_IMAGE_EDGE,
): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * Which type to encode as: JPEG and WebP stay as they are; canvas cannot write GIF, so GIF
 * becomes PNG; a PNG that is still too large becomes JPEG (photos saved as PNG).
 */
export function outputType(original: ImageMediaType, pngBytes?: number): ImageMediaType {
  if (original === "image/jpeg" || original === "image/webp") return original;
  if (pngBytes !== undefined && pngBytes > IMAGE_WARN_BYTES) return "image/jpeg";
  return "image/png";
}

/**
 * Scales a base64 image down to `maxEdge` on its long side in the browser. Decoding and encoding
 * run off the main thread (createImageBitmap, OffscreenCanvas.convertToBlob).
 */
export async function downscaleImage(
  mediaType: ImageMediaType,
  data: string,
  maxEdge = MAX_IMAGE_EDGE,
): Promise<DownscaledImage> {
  const source = await createImageBitmap(base64ToBlob(data, mediaType));
  const size = fitWithin(source.width, source.height, maxEdge);
  const bitmap = await createImageBitmap(source, {
    resizeWidth: size.width,
    resizeHeight: size.height,
    resizeQuality: "high",
  });
  source.close();
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw images for scaling.");
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  let type = outputType(mediaType);
  let blob = await canvas.convertToBlob({ type, quality: 0.9 });
  if (type === "image/png" && outputType(mediaType, blob.size) === "image/jpeg") {
    type = "image/jpeg";
    blob = await canvas.convertToBlob({ type, quality: 0.9 });
  }
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { mediaType: type, data: toBase64(bytes), ...size };
}
