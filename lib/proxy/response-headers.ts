import { KEY_SOURCE_HEADER, type KeySource } from "./key-choice";

/**
 * Upstream response headers the client gets back. Never content-encoding or content-length (the
 * body arrives decoded, so both would lie) and never set-cookie.
 */
const PASSED_BACK = new Set([
  "content-type",
  "request-id",
  "x-zenmux-requestid",
  "retry-after",
  "x-zenmux-emulator",
]);
const PASSED_BACK_PREFIX = "anthropic-ratelimit-";

export function clientResponseHeaders(upstream: Headers, keySource: KeySource): Headers {
  const headers = new Headers();
  upstream.forEach((value, name) => {
    if (PASSED_BACK.has(name) || name.startsWith(PASSED_BACK_PREFIX)) headers.set(name, value);
  });
  if (headers.get("content-type")?.toLowerCase().startsWith("text/event-stream")) {
    // Stops caches and reverse proxies (nginx) from holding events back or rewriting them.
    headers.set("cache-control", "no-cache, no-transform");
    headers.set("x-accel-buffering", "no");
  }
  headers.set(KEY_SOURCE_HEADER, keySource);
  return headers;
}
