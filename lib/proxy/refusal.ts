import { type AnthropicErrorType, anthropicErrorResponse } from "@/lib/anthropic/errors";

/** An error the proxy makes itself, before or instead of talking to the upstream. */
export interface Refusal {
  status: number;
  type: AnthropicErrorType;
  message: string;
}

export function refusal(status: number, type: AnthropicErrorType, message: string): Refusal {
  return { status, type, message };
}

export function refusalResponse(value: Refusal, headers?: HeadersInit): Response {
  return anthropicErrorResponse(value.status, value.message, { type: value.type, headers });
}
