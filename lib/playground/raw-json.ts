import type { MessagesBody } from "@/lib/anthropic/request";

/**
 * The raw JSON view edits the request body only; betas stay in their own field, because they
 * travel as the `anthropic-beta` header, not in the body.
 */
export type RawBodyResult =
  | { ok: true; body: MessagesBody }
  | { ok: false; message: string; line?: number; column?: number };

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Where a JSON.parse error happened: engines word it differently, so read every known form. */
export function jsonErrorPosition(
  text: string,
  message: string,
): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineColumnAt(text, Number(position[1]));
  if (/end of (JSON )?input|Unterminated/i.test(message)) return lineColumnAt(text, text.length);
  return null;
}

/** Parses the raw body text and checks the few fields every view depends on. */
export function parseRawBody(text: string): RawBodyResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = jsonErrorPosition(text, raw);
    // Drop the engine's own position suffix: the line and column are shown separately.
    const message = raw.replace(/\s*(in JSON )?at position \d+.*$/, "").replace(/\s*\(line.*$/, "");
    return position
      ? { ok: false, message: message || "Invalid JSON", ...position }
      : { ok: false, message: message || "Invalid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, message: "The request body must be a JSON object." };
  const body = value as Record<string, unknown>;
  if (!Array.isArray(body.messages))
    return { ok: false, message: "`messages` must be an array of messages." };
  for (const [i, message] of body.messages.entries()) {
    const m = message as { role?: unknown; content?: unknown } | null;
    if (typeof m !== "object" || m === null)
      return { ok: false, message: `messages[${i}] must be an object.` };
    if (m.role !== "user" && m.role !== "assistant")
      return { ok: false, message: `messages[${i}].role must be "user" or "assistant".` };
    const content = m.content;
    const blocksOk =
      Array.isArray(content) &&
      content.every(
        (b) =>
          typeof b === "object" && b !== null && typeof (b as { type?: unknown }).type === "string",
      );
    if (typeof content !== "string" && !blocksOk)
      return {
        ok: false,
        message: `messages[${i}].content must be a string or an array of blocks with a "type".`,
      };
  }
  if (typeof body.model !== "string") return { ok: false, message: "`model` must be a string." };
  if (typeof body.max_tokens !== "number")
    return { ok: false, message: "`max_tokens` must be a number." };
  // Shape checked above for what views read; the rest is the API's open-ended body, kept verbatim.
  return { ok: true, body: body as unknown as MessagesBody };
}

export function formatBody(body: MessagesBody): string {
  return JSON.stringify(body, null, 2);
}
