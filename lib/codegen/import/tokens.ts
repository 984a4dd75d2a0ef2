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

/** Finds `messages.create(` or `messages.stream(`; returns the index after `(` and the method. */
export function findMessagesCall(
  tokens: readonly Token[],
): { start: number; method: "create" | "stream"; line: number } | undefined {
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
  return undefined;
}
