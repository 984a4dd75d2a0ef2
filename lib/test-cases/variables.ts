/**
 * Prompt variables: `{{name}}` in the system prompt and in message text. Found in the request and
 * filled in just before it is sent, so the request stays the one state and the template.
 */
import type { MessagesBody, PlaygroundRequest } from "@/lib/anthropic/request";

const VARIABLE = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

export type VariableValues = Readonly<Record<string, string>>;

/** Every text the variables may live in, rewritten by `edit` (or only read, when it returns it). */
function mapTexts(body: MessagesBody, edit: (text: string) => string): MessagesBody {
  const blocks = <T>(content: T): T => {
    if (typeof content === "string") return edit(content) as T;
    if (!Array.isArray(content)) return content;
    return content.map((block: { type?: string; text?: unknown }) =>
      block?.type === "text" && typeof block.text === "string"
        ? { ...block, text: edit(block.text) }
        : block,
    ) as T;
  };
  return {
    ...body,
    ...(body.system === undefined ? {} : { system: blocks(body.system) }),
    // Only text changes, so each message keeps its own role and block types.
    messages: body.messages.map(
      (message) => ({ ...message, content: blocks(message.content) }) as typeof message,
    ),
  };
}

/** The variables the request uses, in the order they first appear. */
export function findVariables(request: PlaygroundRequest): string[] {
  const found = new Set<string>();
  mapTexts(request.body, (text) => {
    for (const match of text.matchAll(VARIABLE)) if (match[1]) found.add(match[1]);
    return text;
  });
  return [...found];
}

/** Variables the request uses that have no value (missing or empty). */
export function missingVariables(request: PlaygroundRequest, values: VariableValues): string[] {
  return findVariables(request).filter((name) => !values[name]);
}

/** The request with every `{{name}}` replaced by its value; unknown names stay as written. */
export function substituteVariables(
  request: PlaygroundRequest,
  values: VariableValues,
): PlaygroundRequest {
  if (findVariables(request).length === 0) return request;
  const body = mapTexts(request.body, (text) =>
    text.replace(VARIABLE, (whole, name: string) => values[name] || whole),
  );
  return { ...request, body };
}

export type Prepared = { ok: true; request: PlaygroundRequest } | { ok: false; error: string };

/** The request ready to send with these values, or why it cannot be: the first empty variable. */
export function prepareRequest(request: PlaygroundRequest, values: VariableValues): Prepared {
  const missing = missingVariables(request, values);
  if (missing.length > 0) return { ok: false, error: missingSentence(missing) };
  return { ok: true, request: substituteVariables(request, values) };
}

export function missingSentence(missing: readonly string[]): string {
  const names = missing.map((name) => `{{${name}}}`).join(", ");
  return missing.length === 1
    ? `The variable ${names} has no value.`
    : `The variables ${names} have no value.`;
}
