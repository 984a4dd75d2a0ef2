import { type AnthropicErrorType, anthropicErrorResponse } from "@/lib/anthropic/errors";

/** Response helpers: every emulator response carries ZenMux's trace header and the emulator mark. */

export function emulatorHeaders(requestId: string, extra: HeadersInit = {}): Headers {
  const headers = new Headers(extra);
  headers.set("X-ZenMux-RequestId", requestId);
  headers.set("x-zenmux-emulator", "1");
  return headers;
}

export function jsonResponse(
  body: unknown,
  requestId: string,
  status = 200,
  extra: HeadersInit = {},
): Response {
  const headers = emulatorHeaders(requestId, extra);
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify(body), { status, headers });
}

export function errorResponse(
  status: number,
  message: string,
  requestId: string,
  options: { type?: AnthropicErrorType; headers?: HeadersInit } = {},
): Response {
  return anthropicErrorResponse(status, message, {
    type: options.type,
    headers: emulatorHeaders(requestId, options.headers),
  });
}

export function eventStreamResponse(body: ReadableStream<Uint8Array>, requestId: string): Response {
  const headers = emulatorHeaders(requestId, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    "x-accel-buffering": "no",
  });
  return new Response(body, { status: 200, headers });
}
