import type { PlaygroundRequest } from "@/lib/anthropic/request";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether any string in `value`, object keys included, holds a UTF-16 surrogate without its pair. */
function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === "string") return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (typeof value === "object" && value !== null)
    return Object.entries(value).some(
      ([key, item]) => LONE_SURROGATE.test(key) || hasLoneSurrogate(item),
    );
  return false;
}

/**
 * Why the Python SDK cannot send this request, or undefined when it can. JSON and JavaScript
 * carry a lone surrogate as `\ud800`; Python holds it in a str but the SDK encodes the body as
 * UTF-8, which raises UnicodeEncodeError before anything is sent.
 */
export function pythonCannotSend(request: PlaygroundRequest): string | undefined {
  if (!hasLoneSurrogate(request.body)) return undefined;
  return "Python cannot send this request: a text holds a lone surrogate (an unpaired \\ud800–\\udfff), so the SDK raises UnicodeEncodeError and sends nothing. cURL and TypeScript send it exactly.";
}
