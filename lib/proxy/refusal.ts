import { type AnthropicErrorType, anthropicErrorResponse } from "@/lib/anthropic/errors";

/** An error the proxy makes itself, before or instead of talking to the upstream. */
export interface Refusal {
  status: number;
  type: AnthropicErrorType;
  message: string;
  /** E.g. `retry-after` on a limit. */
  headers?: Record<string, string>;
}

export function refusal(
  status: number,
  type: AnthropicErrorType,
  message: string,
  headers?: Record<string, string>,
): Refusal {
  return headers ? { status, type, message, headers } : { status, type, message };
}

export function isRefusal(value: object): value is Refusal {
  return "status" in value && "message" in value;
}

export function refusalResponse(value: Refusal, headers?: HeadersInit): Response {
  const merged = new Headers(headers);
  for (const [name, content] of Object.entries(value.headers ?? {})) merged.set(name, content);
  return anthropicErrorResponse(value.status, value.message, { type: value.type, headers: merged });
}
