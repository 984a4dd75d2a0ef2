import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { toRequest } from "./body";
import { checkJsonNumbers } from "./exact-number";
import { ValueError } from "./literal-parser";
import { parseCurl } from "./parse-curl";
import { parsePython } from "./parse-python";
import { parseTypeScript } from "./parse-typescript";
import { ImportError } from "./tokens";

export type ParseResult = { ok: true; request: PlaygroundRequest } | { ok: false; error: string };

type Language = "cURL" | "Python" | "TypeScript" | "JSON";

/** Which language a pasted snippet is in, from the marks each one leaves. */
function detectLanguage(text: string): Language | undefined {
  if (/^[{[]/.test(text)) return "JSON";
  if (/(^|[\n;|&(]\s*)(\$\s+)?(\w+=\S*\s+)*curl(\s|$)/.test(text)) return "cURL";
  if (
    /@anthropic-ai\/sdk|new Anthropic\b|\b(const|let|await)\s|console\.log|messages\.(create|stream)\(\s*[{\w]+\s*[,)]/.test(
      text,
    )
  )
    return "TypeScript";
  if (
    /\bimport anthropic\b|\bfrom anthropic\b|messages\.(create|stream)\(\s*(#[^\n]*\n\s*)*\w+\s*=/.test(
      text,
    )
  )
    return "Python";
  return undefined;
}

function parseJson(text: string): PlaygroundRequest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`not valid JSON: ${(error as Error).message}`);
  }
  checkJsonNumbers(text, 1);
  // A saved playground request ({ body, betas }) as well as a bare Messages body.
  const { body, betas } = (value ?? {}) as { body?: unknown; betas?: unknown };
  if (typeof body === "object" && body !== null && Array.isArray(betas))
    return toRequest(
      body,
      betas.filter((beta): beta is string => typeof beta === "string"),
    );
  return toRequest(value, []);
}

const PARSERS: Readonly<Record<Language, (text: string) => PlaygroundRequest>> = {
  cURL: parseCurl,
  Python: parsePython,
  TypeScript: parseTypeScript,
  JSON: parseJson,
};

/**
 * Reads a pasted cURL command, Python or TypeScript snippet, or JSON body into the playground's
 * request. Keys in the snippet are never read.
 */
export function parseSnippet(text: string): ParseResult {
  const trimmed = text.trim();
  if (!trimmed)
    return {
      ok: false,
      error: "Paste a cURL command, a Python or TypeScript snippet, or a JSON body.",
    };
  const language = detectLanguage(trimmed);
  if (!language)
    return {
      ok: false,
      error:
        "Could not tell what this is: paste a cURL command, a Python or TypeScript snippet calling client.messages.create, or a JSON body.",
    };
  try {
    return { ok: true, request: PARSERS[language](trimmed) };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { ok: false, error: describeError(language, error) };
  }
}

function describeError(language: Language, error: ImportError): string {
  const where = error.line === undefined ? "" : ` (line ${error.line})`;
  const why = error instanceof ValueError ? `: ${error.reason}` : "";
  return `${language}: ${error.message}${where}${why}.`;
}
