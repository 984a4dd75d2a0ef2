import { inexactNumberReason } from "./exact-number";
import { ImportError, type TokenCursor } from "./tokens";

/** How a language spells the JSON subset: Python dicts or JavaScript object literals. */
export interface LiteralSyntax {
  /** `True`/`False`/`None` or `true`/`false`/`null`. */
  constants: Readonly<Record<string, unknown>>;
  /** JavaScript allows `{ key: … }` with a bare identifier key. */
  bareKeys: boolean;
  /** Python joins adjacent string literals: `"a" "b"` is `"ab"`. */
  adjacentStrings: boolean;
}

/** Where a value sits in the request, for error messages: `messages[0].content`. */
function describePath(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

/** A failure inside a value: says which value, where, and why. */
export class ValueError extends ImportError {
  constructor(
    readonly path: readonly (string | number)[],
    readonly reason: string,
    line?: number,
  ) {
    super(`could not read the value of \`${describePath(path)}\``, line);
  }
}

/**
 * Sets `key` as an own, enumerable property. Plain assignment would let a pasted `__proto__`
 * key replace the object's prototype and vanish from the request.
 */
export function defineOwn(object: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Reads one literal value (dict/object, list/array, string, number, constant) at the cursor. */
export function parseLiteral(
  cursor: TokenCursor,
  syntax: LiteralSyntax,
  path: (string | number)[],
): unknown {
  const token = cursor.peek();
  const fail = (reason: string): never => {
    throw new ValueError(path, reason, token?.line ?? cursor.lastLine());
  };
  if (!token) return fail("the snippet ends too early");
  if (token.kind === "string") {
    let text = String(cursor.next().value);
    while (syntax.adjacentStrings && cursor.peek()?.kind === "string")
      text += String(cursor.next().value);
    return text;
  }
  if (token.kind === "number") {
    const reason = inexactNumberReason(token.text);
    return reason ? fail(reason) : cursor.next().value;
  }
  if (token.kind === "name") {
    cursor.next();
    if (Object.hasOwn(syntax.constants, token.text)) return syntax.constants[token.text];
    return fail(`\`${token.text}\` is not a literal value`);
  }
  if (cursor.accept("-")) {
    const number = cursor.peek();
    if (number?.kind !== "number") return fail("`-` is not followed by a number");
    const reason = inexactNumberReason(number.text);
    if (reason) return fail(reason);
    cursor.next();
    return -(number.value as number);
  }
  if (cursor.accept("[")) return parseList(cursor, syntax, path, "]");
  if (cursor.accept("{")) return parseObject(cursor, syntax, path);
  if (syntax.adjacentStrings && cursor.accept("(")) {
    // Python: a parenthesised value, typically strings split over lines, or a tuple.
    const value = parseLiteral(cursor, syntax, path);
    if (cursor.accept(")")) return value;
    if (!cursor.accept(",")) return fail("expected `)`");
    return [value, ...parseList(cursor, syntax, path, ")", 1)];
  }
  return fail(`unexpected \`${token.text}\``);
}

function parseList(
  cursor: TokenCursor,
  syntax: LiteralSyntax,
  path: (string | number)[],
  close: string,
  offset = 0,
): unknown[] {
  const items: unknown[] = [];
  while (!cursor.accept(close)) {
    items.push(parseLiteral(cursor, syntax, [...path, items.length + offset]));
    if (!cursor.accept(",")) {
      const token = cursor.peek();
      if (!cursor.accept(close))
        throw new ValueError(
          path,
          `expected \`,\` or \`${close}\``,
          token?.line ?? cursor.lastLine(),
        );
      break;
    }
  }
  return items;
}

function parseObject(
  cursor: TokenCursor,
  syntax: LiteralSyntax,
  path: (string | number)[],
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  while (!cursor.accept("}")) {
    const keyToken = cursor.next();
    let key: string;
    if (keyToken.kind === "string") key = String(keyToken.value);
    else if (syntax.bareKeys && keyToken.text === "[") {
      // A computed key holding one string: `["__proto__"]: …`, how JavaScript names that key.
      const computed = cursor.next();
      if (computed.kind !== "string" || !cursor.accept("]"))
        throw new ValueError(path, "only a string can stand in a computed key", keyToken.line);
      key = String(computed.value);
    } else if (syntax.bareKeys && (keyToken.kind === "name" || keyToken.kind === "number"))
      key = keyToken.text;
    else
      throw new ValueError(
        path,
        `unexpected \`${keyToken.text}\` where a key belongs`,
        keyToken.line,
      );
    if (!cursor.accept(":"))
      throw new ValueError([...path, key], "expected `:` after the key", keyToken.line);
    defineOwn(object, key, parseLiteral(cursor, syntax, [...path, key]));
    if (!cursor.accept(",")) {
      const token = cursor.peek();
      if (!cursor.accept("}"))
        throw new ValueError(path, "expected `,` or `}`", token?.line ?? cursor.lastLine());
      break;
    }
  }
  return object;
}
