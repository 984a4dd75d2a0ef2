/**
 * Anthropic's error shape, and the normaliser that reads both it and ZenMux's own shape
 * (docs/protocol.md#errors).
 * Every error the proxy or the emulator makes goes through `anthropicErrorResponse`.
 */

export type AnthropicErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "billing_error"
  | "permission_error"
  | "not_found_error"
  | "request_too_large"
  | "rate_limit_error"
  | "api_error"
  | "timeout_error"
  | "overloaded_error";

export interface AnthropicErrorBody {
  type: "error";
  error: { type: AnthropicErrorType | (string & {}); message: string };
  request_id?: string;
}

const TYPE_BY_STATUS: Readonly<Record<number, AnthropicErrorType>> = {
  400: "invalid_request_error",
  401: "authentication_error",
  402: "billing_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  502: "api_error",
  504: "timeout_error",
  529: "overloaded_error",
};

export function errorTypeForStatus(status: number): AnthropicErrorType {
  return TYPE_BY_STATUS[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
}

export function anthropicErrorBody(type: AnthropicErrorType, message: string): AnthropicErrorBody {
  return { type: "error", error: { type, message } };
}

export function anthropicErrorResponse(
  status: number,
  message: string,
  options: { type?: AnthropicErrorType; headers?: HeadersInit } = {},
): Response {
  const headers = new Headers(options.headers);
  headers.set("content-type", "application/json");
  const body = anthropicErrorBody(options.type ?? errorTypeForStatus(status), message);
  return new Response(JSON.stringify(body), { status, headers });
}

/** An error as the playground shows it, whichever shape the upstream used. */
export interface NormalisedError {
  status?: number;
  /** Anthropic's type, or ZenMux's (`insufficient_credit`, `rate_limit` …). */
  type: string;
  message: string;
  /** ZenMux's `code`, when the body was in ZenMux's shape. */
  code?: string;
  shape: "anthropic" | "zenmux" | "unknown";
}

/** Reads an error body in Anthropic's shape, ZenMux's shape, or neither. */
export function normaliseError(body: unknown, status?: number): NormalisedError {
  const error =
    typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === "object" && error !== null) {
    const { type, message, code } = error as { type?: unknown; message?: unknown; code?: unknown };
    const isAnthropic = (body as { type?: unknown }).type === "error";
    return {
      status,
      type: typeof type === "string" ? type : status ? errorTypeForStatus(status) : "api_error",
      message: typeof message === "string" ? message : JSON.stringify(error),
      ...(code !== undefined ? { code: String(code) } : {}),
      shape: isAnthropic ? "anthropic" : code !== undefined ? "zenmux" : "unknown",
    };
  }
  return {
    status,
    type: status ? errorTypeForStatus(status) : "api_error",
    message:
      typeof body === "string" && body
        ? body
        : "The server returned an error without a readable body.",
    shape: "unknown",
  };
}
