/**
 * Prints JSON values as source literals. Python and TypeScript share the walk and the string
 * escaping; they differ only in the spelling of null/booleans and of object keys.
 */

export interface LiteralDialect {
  null: string;
  true: string;
  false: string;
  /** How an object key is written. */
  key(key: string): string;
  /** Inner padding of a one-line object: `{ a: 1 }` in TypeScript, `{"a": 1}` in Python. */
  objectPadding: string;
}

const INDENT = "    ";
const TS_INDENT = "  ";
/** Lines longer than this are broken over several lines. */
const MAX_INLINE = 80;

/**
 * A double-quoted string literal valid in both Python and JavaScript. Everything that could be
 * read differently by either language or by an editor (controls, line and paragraph separators,
 * BOM, C1 controls) is escaped; the rest of Unicode is kept readable.
 */
export function quoteString(text: string): string {
  return `"${text.replace(NEEDS_ESCAPE, escapeChar)}"`;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

// With the `u` flag the surrogate range matches only lone surrogates: pairs are one code point.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it escapes.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/gu;

function escapeChar(char: string): string {
  return SHORT_ESCAPES[char] ?? `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
}

function formatLiteral(value: unknown, dialect: LiteralDialect, indent: string, level = 0): string {
  if (value === null || value === undefined) return dialect.null;
  if (value === true) return dialect.true;
  if (value === false) return dialect.false;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot print the number ${value} as JSON.`);
    return String(value);
  }
  if (typeof value === "string") return quoteString(value);
  const pad = indent.repeat(level + 1);
  const close = indent.repeat(level);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item) => formatLiteral(item, dialect, indent, level + 1));
    const inline = `[${items.join(", ")}]`;
    if (fitsInline(inline, close.length)) return inline;
    return `[\n${items.map((item) => `${pad}${item},`).join("\n")}\n${close}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const items = entries.map(
      ([key, v]) => `${dialect.key(key)}: ${formatLiteral(v, dialect, indent, level + 1)}`,
    );
    const p = dialect.objectPadding;
    const inline = `{${p}${items.join(", ")}${p}}`;
    if (fitsInline(inline, close.length)) return inline;
    return `{\n${items.map((item) => `${pad}${item},`).join("\n")}\n${close}}`;
  }
  throw new Error(`Cannot print a ${typeof value} as a literal.`);
}

function fitsInline(text: string, indentWidth: number): boolean {
  return !text.includes("\n") && text.length + indentWidth <= MAX_INLINE;
}

const pythonDialect: LiteralDialect = {
  null: "None",
  true: "True",
  false: "False",
  key: quoteString,
  objectPadding: "",
};

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A JavaScript object-literal key that names an own property. `__proto__: …` and
 * `"__proto__": …` set the object's prototype instead, so that one key is written computed.
 */
function typescriptKey(key: string): string {
  if (key === "__proto__") return `[${quoteString(key)}]`;
  return IDENTIFIER.test(key) ? key : quoteString(key);
}

export const typescriptDialect: LiteralDialect = {
  null: "null",
  true: "true",
  false: "false",
  key: typescriptKey,
  objectPadding: " ",
};

export const pythonLiteral = (value: unknown, level = 0) =>
  formatLiteral(value, pythonDialect, INDENT, level);

export const typescriptLiteral = (value: unknown, level = 0) =>
  formatLiteral(value, typescriptDialect, TS_INDENT, level);
