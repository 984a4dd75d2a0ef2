import type { MessagesBody } from "@/lib/anthropic/request";
import { jsonErrorPosition } from "@/lib/request/json-position";
import { checkRequestBody } from "@/lib/request/parse-request";

// Kept here too for existing callers; the module of its own loads without zod.
export { jsonErrorPosition, lineColumnAt } from "@/lib/request/json-position";

/**
 * The raw JSON view edits the request body only; betas stay in their own field, because they
 * travel as the `anthropic-beta` header, not in the body.
 */
export type RawBodyResult =
  | { ok: true; body: MessagesBody }
  | { ok: false; message: string; line?: number; column?: number };

/**
 * Parses the raw body text and checks the few fields every view depends on. `reviver` may put
 * back what the view showed elided (see elided-json.ts).
 */
export function parseRawBody(
  text: string,
  reviver?: (key: string, value: unknown) => unknown,
): RawBodyResult {
  let value: unknown;
  try {
    value = JSON.parse(text, reviver);
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
