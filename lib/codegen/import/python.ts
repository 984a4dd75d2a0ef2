import { parseBetas } from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { betasFromHeaders, toRequest } from "./body";
import { type LiteralSyntax, parseLiteral } from "./literal-parser";
import { findMessagesCall, ImportError, type Token, TokenCursor } from "./tokens";

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

/** Tokenizes the Python subset the importer reads; everything else becomes punctuation. */
export function tokenizePython(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  while (i < source.length) {
    const char = source[i] as string;
    if (char === "\n") {
      line++;
      i++;
    } else if (/\s/.test(char)) i++;
    else if (char === "\\" && source[i + 1] === "\n") {
      i += 2;
      line++;
    } else if (char === "#") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^([A-Za-z_]\w*)/.exec(source.slice(i)) as RegExpExecArray;
      const word = match[1] as string;
      const quote = source[i + word.length];
      if ((quote === '"' || quote === "'") && /^[rRuUbBfF]{1,2}$/.test(word)) {
        if (/[bBfF]/.test(word))
          throw new ImportError(`${word}-strings are not supported, use plain strings`, line);
        const start = line;
        const read = readString(source, i + word.length, /[rR]/.test(word), start, () => line++);
        tokens.push({ kind: "string", text: read.value, value: read.value, line: start });
        i = read.end;
      } else {
        tokens.push({ kind: "name", text: word, line });
        i += word.length;
      }
    } else if (char === '"' || char === "'") {
      const start = line;
      const read = readString(source, i, false, start, () => line++);
      tokens.push({ kind: "string", text: read.value, value: read.value, line: start });
      i = read.end;
    } else if (/[0-9]/.test(char) || (char === "." && /[0-9]/.test(source[i + 1] ?? ""))) {
      const match = /^(?:\d[\d_]*)?(?:\.[\d_]*)?(?:[eE][+-]?\d+)?/.exec(
        source.slice(i),
      ) as RegExpExecArray;
      const text = match[0];
      tokens.push({ kind: "number", text, value: Number(text.replaceAll("_", "")), line });
      i += text.length;
    } else {
      tokens.push({ kind: "punct", text: char, line });
      i++;
    }
  }
  return tokens;
}

function readString(
  source: string,
  start: number,
  raw: boolean,
  line: number,
  onNewline: () => void,
): { value: string; end: number } {
  const quote = source[start] as string;
  const triple = source.startsWith(quote.repeat(3), start);
  const delimiter = triple ? quote.repeat(3) : quote;
  let i = start + delimiter.length;
  let value = "";
  for (;;) {
    if (i >= source.length) throw new ImportError("a string is not closed", line);
    if (source.startsWith(delimiter, i)) return { value, end: i + delimiter.length };
    const char = source[i] as string;
    if (char === "\n") {
      if (!triple) throw new ImportError("a string is not closed before the end of its line", line);
      onNewline();
    }
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
      onNewline();
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
      const hex = source.slice(i + 2, i + 2 + length);
      if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex))
        throw new ImportError(`a \\${next} escape needs ${length} hex digits`, line);
      value += String.fromCodePoint(Number.parseInt(hex, 16));
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
  if (!call)
    throw new ImportError("no `client.messages.create(` or `client.messages.stream(` call");
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
    if (name.text === "extra_body") Object.assign(body, asObject(value, name));
    else if (name.text === "extra_headers")
      betas.push(...betasFromHeaders(asObject(value, name), name.line));
    else if (name.text === "betas") betas.push(...parseBetas(asStrings(value, name)));
    else if (!["extra_query", "timeout"].includes(name.text)) body[name.text] = value;
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
