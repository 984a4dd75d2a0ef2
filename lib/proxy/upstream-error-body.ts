import { anthropicErrorResponse } from "@/lib/anthropic/errors";
import type { UpstreamResponse } from "./upstream-request";

/** More than any real error body; the rest is never read. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
const EXCERPT_CHARS = 200;
const REDACTED = "[redacted]";
/** Anything shaped like a ZenMux key, even one this request did not use. */
const ZENMUX_KEY_PATTERN = /sk-(?:ai|ss)-v1-[A-Za-z0-9_-]+/g;

/** Removes every given key, and anything that looks like a ZenMux key, from a text. */
export function redactKeys(text: string, keys: readonly (string | undefined)[]): string {
  let redacted = text;
  for (const key of keys) if (key) redacted = redacted.split(key).join(REDACTED);
  return redacted.replace(ZENMUX_KEY_PATTERN, REDACTED);
}

/** The body as text, at most MAX_ERROR_BODY_BYTES of it. */
async function readCappedText(body: ReadableStream<Uint8Array> | null): Promise<string> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < MAX_ERROR_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } catch {
    // A body that breaks off still has a readable start.
  } finally {
    await reader.cancel().catch(() => {});
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, MAX_ERROR_BODY_BYTES));
}

/** A short plain-text excerpt of an HTML or text page: tags, scripts and styles dropped. */
function excerpt(text: string): string {
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > EXCERPT_CHARS ? `${plain.slice(0, EXCERPT_CHARS)}…` : plain;
}

/**
 * An upstream error, read whole (error bodies are small) so that no key it echoes reaches the
 * client. A JSON body keeps its status and shape; anything else (a gateway's HTML page) becomes an
 * Anthropic-shaped 502 quoting a short excerpt, never served as HTML from our origin.
 */
export async function relayUpstreamError(
  upstream: UpstreamResponse,
  keys: readonly (string | undefined)[],
  headers: Headers,
): Promise<Response> {
  const text = redactKeys(await readCappedText(upstream.body), keys);
  const type = upstream.headers.get("content-type") ?? "";
  if (/json/i.test(type)) {
    try {
      JSON.parse(text);
      headers.set("content-type", type);
      return new Response(text, { status: upstream.status, headers });
    } catch {
      // Claims JSON but is not: treated like any other non-JSON page below.
    }
  }
  const quoted = excerpt(text);
  const kind = type.split(";")[0]?.trim() || "no content type";
  return anthropicErrorResponse(
    502,
    `The upstream answered HTTP ${upstream.status} with a non-JSON body (${kind})${quoted ? `: "${quoted}"` : "."}`,
    { type: "api_error", headers },
  );
}
