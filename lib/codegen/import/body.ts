import { parseBetas } from "@/lib/anthropic/protocol";
import type { MessagesBody, PlaygroundRequest } from "@/lib/anthropic/request";
import { ImportError } from "./tokens";

/** Turns an imported body into the playground's request, checking the fields it cannot lack. */
export function toRequest(body: unknown, betas: readonly string[]): PlaygroundRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new ImportError("the request body is not an object");
  const { model, max_tokens, messages } = body as Record<string, unknown>;
  if (typeof model !== "string") throw new ImportError("the request has no `model` string");
  if (typeof max_tokens !== "number")
    throw new ImportError("the request has no `max_tokens` number");
  if (!Array.isArray(messages)) throw new ImportError("the request has no `messages` list");
  // The shape of each field is the API's to judge; the playground shows what it answers.
  return { body: body as MessagesBody, betas: [...betas] };
}

/** The betas in a headers object (`anthropic-beta`, any case); other headers, keys included, are dropped. */
export function betasFromHeaders(headers: Record<string, unknown>, line?: number): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== "anthropic-beta") continue;
    if (typeof value !== "string")
      throw new ImportError("the `anthropic-beta` header is not a string", line);
    values.push(value);
  }
  return parseBetas(values);
}
