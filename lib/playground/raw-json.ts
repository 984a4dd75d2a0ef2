import type { MessagesBody } from "@/lib/anthropic/request";
import { checkRequestBody } from "@/lib/playground/parse-request";

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
  const checked = checkRequestBody(value);
  return checked.ok ? checked : { ok: false, message: checked.problem };
}

export function formatBody(body: MessagesBody): string {
  return JSON.stringify(body, null, 2);
}
