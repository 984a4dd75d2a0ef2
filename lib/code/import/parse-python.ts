import { parseBetas } from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { betasFromHeaders, toRequest } from "./body";
import { defineOwn, type LiteralSyntax, parseLiteral } from "./literal-parser";
import {
  findMessagesCall,
  hexEscape,
  ImportError,
  type ReadString,
  type Token,
  TokenCursor,
  type TokenRules,
  tokenize,
} from "./tokens";

const PYTHON: LiteralSyntax = {
  constants: { True: true, False: false, None: null },
  bareKeys: false,
  adjacentStrings: true,
};

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  n: "\n",
  r: "\r",
  t: "\t",
  b: "\b",
  f: "\f",
  v: "\v",
  a: "\u0007",
};

/** Python's lexical rules, for the subset the importer reads. */
const PYTHON_TOKENS: TokenRules = {
  skipAt(source, i) {
    if (source.startsWith("\\\n", i)) return i + 2;
    if (source[i] !== "#") return undefined;
    const end = source.indexOf("\n", i);
    return end === -1 ? source.length : end;
  },
  stringAt(source, i, line) {
    const prefix = /^([A-Za-z]{0,2})["']/.exec(source.slice(i))?.[1];
    if (prefix === undefined || !/^[rRuUbBfF]{0,2}$/.test(prefix)) return undefined;
    if (/[bBfF]/.test(prefix))
      throw new ImportError(`${prefix}-strings are not supported, use plain strings`, line);
    return readString(source, i + prefix.length, /[rR]/.test(prefix), line);
  },
  name: /^[A-Za-z_]\w*/,
  number: /^(?:\d[\d_]*)?(?:\.[\d_]*)?(?:[eE][+-]?\d+)?/,
};

/** Tokenizes the Python subset the importer reads; everything else becomes punctuation. */
function tokenizePython(source: string): Token[] {
  return tokenize(source, PYTHON_TOKENS);
}

function readString(source: string, start: number, raw: boolean, line: number): ReadString {
  const quote = source[start] as string;
  const triple = source.startsWith(quote.repeat(3), start);
  const delimiter = triple ? quote.repeat(3) : quote;
  let i = start + delimiter.length;
  let value = "";
  for (;;) {
    if (i >= source.length) throw new ImportError("a string is not closed", line);
    if (source.startsWith(delimiter, i)) return { value, end: i + delimiter.length };
    const char = source[i] as string;
    if (char === "\n" && !triple)
      throw new ImportError("a string is not closed before the end of its line", line);
    if (char !== "\\") {
      value += char;
      i++;
      continue;
    }
    const next = source[i + 1] ?? "";
    if (raw) {
      value += char + next;
      i += 2;
      continue;
    }
    if (next === "\n") {
      i += 2;
    } else if (next in SIMPLE_ESCAPES) {
      value += SIMPLE_ESCAPES[next];
      i += 2;
    } else if (/[0-7]/.test(next)) {
      const digits = (/^[0-7]{1,3}/.exec(source.slice(i + 1)) as RegExpExecArray)[0];
      value += String.fromCodePoint(Number.parseInt(digits, 8));
      i += 1 + digits.length;
    } else if (next === "x" || next === "u" || next === "U") {
      const length = next === "x" ? 2 : next === "u" ? 4 : 8;
      value += hexEscape(source.slice(i + 2, i + 2 + length), `${length}`, line);
      i += 2 + length;
    } else if (next === "N") {
      throw new ImportError("\\N{…} escapes are not supported", line);
    } else {
      // Python keeps unknown escapes as written.
      value += char + next;
      i += 2;
    }
  }
}

/** Reads `client.messages.create(...)` / `.stream(...)` with literal keyword arguments. */
export function parsePython(source: string): PlaygroundRequest {
  const tokens = tokenizePython(source);
  const call = findMessagesCall(tokens);
  const cursor = new TokenCursor(tokens, call.start);
  const body: Record<string, unknown> = {};
  const betas: string[] = [];
  while (!cursor.accept(")")) {
    const name = cursor.next();
    if (name.kind !== "name" || !cursor.accept("="))
      throw new ImportError(
        `only keyword arguments (\`name=value\`) can be read, not \`${name.text}\``,
        name.line,
      );
    const value = parseLiteral(cursor, PYTHON, [name.text]);
    if (name.text === "extra_body")
      for (const [key, extra] of Object.entries(asObject(value, name))) defineOwn(body, key, extra);
    else if (name.text === "extra_headers")
      betas.push(...betasFromHeaders(asObject(value, name), name.line));
    else if (name.text === "betas") betas.push(...parseBetas(asStrings(value, name)));
    else if (!["extra_query", "timeout"].includes(name.text)) defineOwn(body, name.text, value);
    if (!cursor.accept(",")) {
      cursor.expect(")");
      break;
    }
  }
  if (call.method === "stream") body.stream = true;
  return toRequest(body, parseBetas(betas));
}

function asObject(value: unknown, name: Token): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ImportError(`\`${name.text}\` is not a dict`, name.line);
  return value as Record<string, unknown>;
}

function asStrings(value: unknown, name: Token): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string"))
    throw new ImportError(`\`${name.text}\` is not a list of strings`, name.line);
  return value as string[];
}
