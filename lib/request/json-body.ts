import { largeMediaSources, mapLargeMedia } from "@/lib/media/large-media";
import { preparedMedia } from "@/lib/media/media-jobs";
import type { PreparedMedia } from "@/lib/media/media-work";

// Marks where a Blob goes in the JSON text. The NUL is escaped by JSON.stringify, so the marker
// cannot come from a string the user typed unless it also carries this page's random nonce.
const MARK = `\u0000large-media-${Math.random().toString(36).slice(2)}:`;
const MARKED = new RegExp(`"${JSON.stringify(MARK).slice(1, -1).replace(/\\/g, "\\\\")}(\\d+)"`);

/**
 * `value` as a JSON request body. With large base64 media inside, a Blob whose parts are the
 * small JSON text around each attachment and the attachment's own Blob (made once, off the main
 * thread): posting it neither serialises nor copies the megabytes here again. Without, the JSON
 * string.
 */
export async function jsonBody(value: unknown): Promise<string | Blob> {
  const sources = largeMediaSources(value);
  if (sources.length === 0) return JSON.stringify(value);
  let media: Map<object, PreparedMedia>;
  try {
    media = new Map(
      await Promise.all(sources.map(async (s) => [s, await preparedMedia(s)] as const)),
    );
  } catch {
    return JSON.stringify(value);
  }
  const blobs: Blob[] = [];
  const marked = mapLargeMedia(value, (source) => {
    const prepared = media.get(source);
    if (!prepared?.jsonSafe) return source;
    blobs.push(prepared.blob);
    return { ...source, data: `${MARK}${blobs.length - 1}` };
  });
  const text = JSON.stringify(marked);
  if (blobs.length === 0) return text;
  // split() with a capture group alternates JSON text and the captured index: text, 0, text …
  const parts = text
    .split(MARKED)
    .flatMap((piece, i): BlobPart[] =>
      i % 2 === 0 ? [piece] : [`"`, blobs[Number(piece)] as Blob, `"`],
    );
  return new Blob(parts, { type: "application/json" });
}
