import { MAX_REQUEST_BYTES } from "@/lib/anthropic/protocol";
import { type Refusal, refusal } from "./refusal";

export type BodyResult =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; json: Record<string, unknown> }
  | { ok: false; refusal: Refusal };

/** One decoder for every request: `fatal` refuses bytes that are not UTF-8. */
const utf8 = new TextDecoder("utf-8", { fatal: true });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const tooLarge = () =>
  refusal(
    413,
    "request_too_large",
    `Request body is larger than the ${MAX_REQUEST_BYTES / 1024 / 1024} MB limit.`,
  );

const DEFAULT_BODY_TIMEOUT_MS = 30_000;

const tooSlow = (timeoutMs: number) =>
  refusal(
    408,
    "timeout_error",
    `The request body did not arrive within ${Math.round(timeoutMs / 1000)} s.`,
  );

/**
 * Reads the body with a size cap and checks that it is a JSON object. The caller forwards
 * `bytes`, the original bytes: re-serialising `json` could change numbers, key order or escapes.
 */
export async function readJsonBody(
  request: Request,
  timeoutMs = DEFAULT_BODY_TIMEOUT_MS,
): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > MAX_REQUEST_BYTES) return { ok: false, refusal: tooLarge() };

  const bytes = await readCapped(request, timeoutMs);
  if (bytes === "timeout") return { ok: false, refusal: tooSlow(timeoutMs) };
  if (!bytes) return { ok: false, refusal: tooLarge() };

  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      refusal: refusal(400, "invalid_request_error", `Request body is not valid JSON: ${detail}`),
    };
  }
  if (!isObject(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    return {
      ok: false,
      refusal: refusal(
        400,
        "invalid_request_error",
        `Request body must be a JSON object, not ${kind}.`,
      ),
    };
  }
  return { ok: true, bytes, json: value };
}

/**
 * The body's bytes; undefined as soon as they pass the cap, "timeout" when they stop coming in
 * time (the rest is never read in either case).
 */
async function readCapped(
  request: Request,
  timeoutMs: number,
): Promise<Uint8Array<ArrayBuffer> | undefined | "timeout"> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  let timedOut = false;
  // One deadline for the whole body: a client that trickles a byte at a time gains nothing.
  const timer = setTimeout(() => {
    timedOut = true;
    void reader.cancel().catch(() => {});
  }, timeoutMs);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) return "timeout";
      if (done) break;
      total += value.byteLength;
      if (total > MAX_REQUEST_BYTES) {
        await reader.cancel().catch(() => {});
        return undefined;
      }
      chunks.push(value);
    }
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
