import "@/lib/request/zod-without-eval";
import { z } from "zod";
import type { MessagesBody, PlaygroundRequest } from "@/lib/anthropic/request";

/**
 * Just enough shape to trust a body from outside the store (storage, share links, the raw JSON
 * editor, imported snippets): the fields every view reads without checking. Everything else
 * passes through untouched, so a request keeps fields this playground does not know about.
 * Keys are in the order the problems are reported. Parsed output reorders keys, so callers keep
 * the value they were given, whose key order is the user's.
 */
const requestBodySchema = z
  .object({
    messages: z.array(
      z
        .object({
          role: z.enum(["user", "assistant"]),
          content: z.union([z.string(), z.array(z.object({ type: z.string() }).loose())]),
        })
        .loose(),
    ),
    model: z.string(),
    max_tokens: z.number(),
  })
  .loose();

const storedRequestSchema = z.object({
  body: requestBodySchema,
  betas: z.array(z.string()).default([]),
});

export type RequestBodyCheck = { ok: true; body: MessagesBody } | { ok: false; problem: string };

/** Checks a body's view-critical fields; on failure names the first problem in a sentence. */
export function checkRequestBody(value: unknown): RequestBodyCheck {
  const result = requestBodySchema.safeParse(value);
  // The schema checks the fields views depend on; the rest is the SDK's open-ended body type.
  if (result.success) return { ok: true, body: value as MessagesBody };
  return { ok: false, problem: describeProblem(result.error.issues[0]?.path ?? []) };
}

function describeProblem(path: readonly PropertyKey[]): string {
  const [field, index, part] = path;
  if (field === undefined) return "The request body must be a JSON object.";
  if (field === "model") return "`model` must be a string.";
  if (field === "max_tokens") return "`max_tokens` must be a number.";
  if (index === undefined) return "`messages` must be an array of messages.";
  const message = `messages[${String(index)}]`;
  if (part === "role") return `${message}.role must be "user" or "assistant".`;
  if (part === "content")
    return `${message}.content must be a string or an array of blocks with a "type".`;
  return `${message} must be an object.`;
}

/** A request from untrusted JSON, or null when it does not have the shape views rely on. */
export function parsePlaygroundRequest(value: unknown): PlaygroundRequest | null {
  const result = storedRequestSchema.safeParse(value);
  if (!result.success) return null;
  return { body: (value as { body: MessagesBody }).body, betas: result.data.betas };
}
