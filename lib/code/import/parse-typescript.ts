import { parseBetas } from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { betasFromHeaders, toRequest } from "./body";
import { type LiteralSyntax, parseLiteral } from "./literal-parser";
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

const JAVASCRIPT: LiteralSyntax = {
  constants: { true: true, false: false, null: null },
  bareKeys: true,
  adjacentStrings: false,
};

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  r: "\r",
  t: "\t",
  b: "\b",
  f: "\f",
  v: "\v",
  "0": "\0",
};

/** JavaScript's lexical rules, for the subset the importer reads. */
const JAVASCRIPT_TOKENS: TokenRules = {
  skipAt(source, i) {
    if (source.startsWith("//", i)) {
      const end = source.indexOf("\n", i);
      return end === -1 ? source.length : end;
    }
    if (!source.startsWith("/*", i)) return undefined;
    const end = source.indexOf("*/", i + 2);
    return end === -1 ? source.length : end + 2;
  },
  stringAt: (source, i, line) =>
    "\"'`".includes(source[i] as string) ? readString(source, i, line) : undefined,
  name: /^[A-Za-z_$][\w$]*/,
  number: /^(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*)?(?:\.[\d_]*)?(?:[eE][+-]?\d+)?)/,
};

/** Tokenizes the JavaScript subset the importer reads; everything else becomes punctuation. */
function tokenizeTypeScript(source: string): Token[] {
  return tokenize(source, JAVASCRIPT_TOKENS);
}

function readString(source: string, start: number, line: number): ReadString {
  const quote = source[start] as string;
  const template = quote === "`";
  let i = start + 1;
  let value = "";
  for (;;) {
    if (i >= source.length) throw new ImportError("a string is not closed", line);
    const char = source[i] as string;
    if (char === quote) return { value, end: i + 1 };
    if (template && source.startsWith("${", i))
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the message quotes JavaScript's template syntax.
      throw new ImportError("template literals with `${…}` substitutions cannot be read", line);
    if (char === "\n" && !template)
      throw new ImportError("a string is not closed before the end of its line", line);
    if (char === "\r" && template) {
      // Template literals read CRLF and CR as LF.
      value += "\n";
      i += source[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    if (char !== "\\") {
      value += char;
      i++;
      continue;
    }
    const next = source[i + 1] ?? "";
    if (next === "\n" || next === "\r") {
      i += source.startsWith("\r\n", i + 1) ? 3 : 2;
    } else if (next in SIMPLE_ESCAPES && !(next === "0" && /[0-9]/.test(source[i + 2] ?? ""))) {
      value += SIMPLE_ESCAPES[next];
      i += 2;
    } else if (next === "x") {
      value += hexEscape(source.slice(i + 2, i + 4), "2", line);
      i += 4;
    } else if (next === "u" && source[i + 2] === "{") {
      const end = source.indexOf("}", i + 3);
      value += hexEscape(source.slice(i + 3, end), "1,6", line);
      i = end + 1;
    } else if (next === "u") {
      value += hexEscape(source.slice(i + 2, i + 6), "4", line);
      i += 6;
    } else {
      // Any other escaped character stands for itself: \" \' \` \\ \$ …
      value += next;
      i += 2;
    }
  }
}

/**
 * Reads `client.messages.create(params, options)` / `.stream(...)`, where params is an object
 * literal or the name of a `const` holding one, and options may hold `headers`.
 */
export function parseTypeScript(source: string): PlaygroundRequest {
  const tokens = tokenizeTypeScript(source);
  const call = findMessagesCall(tokens);
  const cursor = new TokenCursor(tokens, call.start);
  const body = readObjectArgument(cursor, tokens, "params");
  const betas: string[] = [];
  if (Array.isArray(body.betas)) {
    // The `client.beta.messages` form carries betas in the body.
    betas.push(...parseBetas(body.betas.filter((beta) => typeof beta === "string")));
    delete body.betas;
  }
  if (cursor.accept(",") && !cursor.accept(")")) {
    const options = readObjectArgument(cursor, tokens, "options");
    const headers = options.headers;
    if (typeof headers === "object" && headers !== null && !Array.isArray(headers))
      betas.push(...betasFromHeaders(headers as Record<string, unknown>, call.line));
  }
  if (call.method === "stream") body.stream = true;
  return toRequest(body, parseBetas(betas));
}

/** An argument that is an object literal, or the name of a variable initialised with one. */
function readObjectArgument(
  cursor: TokenCursor,
  tokens: readonly Token[],
  role: string,
): Record<string, unknown> {
  const token = cursor.peek();
  let value: unknown;
  if (token?.kind === "name" && !["true", "false", "null"].includes(token.text)) {
    cursor.next();
    value = parseLiteral(declarationOf(tokens, token), JAVASCRIPT, [token.text]);
  } else {
    value = parseLiteral(cursor, JAVASCRIPT, [role]);
  }
  skipTypeAssertion(cursor);
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ImportError(`the ${role} argument is not an object`, token?.line);
  return value as Record<string, unknown>;
}

/** A cursor at the initialiser of `const|let|var name (: Type)? =`. */
function declarationOf(tokens: readonly Token[], name: Token): TokenCursor {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const keyword = tokens[i];
    const candidate = tokens[i + 1];
    if (
      keyword?.kind === "name" &&
      ["const", "let", "var"].includes(keyword.text) &&
      candidate?.kind === "name" &&
      candidate.text === name.text
    ) {
      let j = i + 2;
      let depth = 0;
      // Skip a type annotation, which may itself hold braces: `A & { temperature?: number }`.
      for (; j < tokens.length; j++) {
        const text = tokens[j]?.kind === "punct" ? tokens[j]?.text : undefined;
        if (text === "=" && depth === 0) return new TokenCursor(tokens, j + 1);
        if (text && "{[(<".includes(text)) depth++;
        if (text && "}])>".includes(text)) depth--;
      }
    }
  }
  throw new ImportError(`cannot find the declaration of \`${name.text}\``, name.line);
}

/** `… as Type` or `… satisfies Type` after an argument: the type does not change the value. */
function skipTypeAssertion(cursor: TokenCursor) {
  const token = cursor.peek();
  if (token?.kind !== "name" || (token.text !== "as" && token.text !== "satisfies")) return;
  let depth = 0;
  for (;;) {
    const next = cursor.peek();
    if (!next) return;
    if (depth === 0 && next.kind === "punct" && (next.text === "," || next.text === ")")) return;
    if (next.kind === "punct" && "{[(<".includes(next.text)) depth++;
    if (next.kind === "punct" && "}])>".includes(next.text)) depth--;
    cursor.next();
  }
}
