/** Tokens and the token cursor shared by the Python and TypeScript importers. */

export interface Token {
  kind: "string" | "number" | "name" | "punct";
  /** The source text (for strings: the decoded value). */
  text: string;
  value?: string | number;
  line: number;
}

/** A failure to read part of a snippet, with the line it happened on. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export class TokenCursor {
  private index = 0;

  constructor(
    readonly tokens: readonly Token[],
    start = 0,
  ) {
    this.index = start;
  }

  get position(): number {
    return this.index;
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  next(): Token {
    const token = this.tokens[this.index];
    if (!token) throw new ImportError("the snippet ends too early", this.lastLine());
    this.index++;
    return token;
  }

  /** Consumes the punctuation or name `text` if it comes next. */
  accept(text: string): boolean {
    const token = this.peek();
    if (token && token.kind !== "string" && token.text === text) {
      this.index++;
      return true;
    }
    return false;
  }

  expect(text: string): Token {
    const token = this.next();
    if (token.kind === "string" || token.text !== text)
      throw new ImportError(`expected \`${text}\` but found \`${token.text}\``, token.line);
    return token;
  }

  lastLine(): number {
    return this.tokens[this.tokens.length - 1]?.line ?? 1;
  }
}

/** A string literal read from the source: its decoded value and the index just after it. */
export interface ReadString {
  value: string;
  end: number;
}

/** The lexical rules that differ between the languages the importer reads. */
export interface TokenRules {
  /** Where a comment or line continuation starting at `i` ends, or undefined if none starts. */
  skipAt(source: string, i: number): number | undefined;
  /** The string literal (prefix included) starting at `i`, or undefined if none starts. */
  stringAt(source: string, i: number, line: number): ReadString | undefined;
  /** An identifier, anchored with `^`. */
  name: RegExp;
  /** A number literal, anchored with `^`. */
  number: RegExp;
}

/** Tokenizes the subset of a language the importer reads; everything else becomes punctuation. */
export function tokenize(source: string, rules: TokenRules): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const moveTo = (end: number) => {
    for (let j = i; j < end; j++) if (source[j] === "\n") line++;
    i = end;
  };
  while (i < source.length) {
    const char = source[i] as string;
    if (/\s/.test(char)) {
      moveTo(i + 1);
      continue;
    }
    const skipped = rules.skipAt(source, i);
    if (skipped !== undefined) {
      moveTo(skipped);
      continue;
    }
    const string = rules.stringAt(source, i, line);
    if (string) {
      tokens.push({ kind: "string", text: string.value, value: string.value, line });
      moveTo(string.end);
      continue;
    }
    const name = rules.name.exec(source.slice(i))?.[0];
    if (name) {
      tokens.push({ kind: "name", text: name, line });
      moveTo(i + name.length);
    } else if (/[0-9]/.test(char) || (char === "." && /[0-9]/.test(source[i + 1] ?? ""))) {
      const text = rules.number.exec(source.slice(i))?.[0] ?? char;
      tokens.push({ kind: "number", text, value: Number(text.replaceAll("_", "")), line });
      moveTo(i + text.length);
    } else {
      tokens.push({ kind: "punct", text: char, line });
      moveTo(i + 1);
    }
  }
  return tokens;
}

/** The character a `\x`/`\u` escape names; `count` is a regex quantifier: `2`, `1,6`. */
export function hexEscape(hex: string, count: string, line: number): string {
  if (!new RegExp(`^[0-9a-fA-F]{${count}}$`).test(hex))
    throw new ImportError(`a bad hexadecimal escape \`${hex}\``, line);
  return String.fromCodePoint(Number.parseInt(hex, 16));
}

/** Finds `messages.create(` or `messages.stream(`; returns the index after `(` and the method. */
export function findMessagesCall(tokens: readonly Token[]): {
  start: number;
  method: "create" | "stream";
  line: number;
} {
  for (let i = 0; i + 3 < tokens.length; i++) {
    const [a, dot, method, open] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (
      a?.kind === "name" &&
      a.text === "messages" &&
      dot?.text === "." &&
      method?.kind === "name" &&
      (method.text === "create" || method.text === "stream") &&
      open?.text === "("
    )
      return { start: i + 4, method: method.text, line: method.line };
  }
  throw new ImportError("no `client.messages.create(` or `client.messages.stream(` call");
}
