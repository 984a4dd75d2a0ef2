import { describe, expect, it } from "vitest";
import { pythonLiteral, quoteString, typescriptLiteral } from "./literal";

describe("quoteString", () => {
  it("escapes quotes, backslashes, controls and separators, keeping readable Unicode", () => {
    expect(quoteString('a"b\\c\nd\te\u0001f\u2028g😀שלום')).toBe(
      '"a\\"b\\\\c\\nd\\te\\u0001f\\u2028g😀שלום"',
    );
  });

  it("escapes lone surrogates and keeps pairs", () => {
    expect(quoteString("\ud800 \udc00 😀")).toBe('"\\ud800 \\udc00 😀"');
  });

  it("reads back as the same string in JavaScript", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax is the hostile text under test.
    const text = "'\"`${x}`\\\u0000\u007f\u0085\ufeff\r\n";
    expect(JSON.parse(quoteString(text))).toBe(text);
  });
});

describe("literals", () => {
  const value = { a: [1, true, null], "b-c": { d: "e" } };

  it("prints Python values", () => {
    expect(pythonLiteral(value)).toBe('{"a": [1, True, None], "b-c": {"d": "e"}}');
  });

  it("prints TypeScript values with bare identifier keys", () => {
    expect(typescriptLiteral(value)).toBe('{ a: [1, true, null], "b-c": { d: "e" } }');
  });

  it("breaks long values over indented lines", () => {
    const long = { text: "x".repeat(90), list: [] };
    expect(pythonLiteral(long)).toBe(`{\n    "text": "${"x".repeat(90)}",\n    "list": [],\n}`);
    expect(typescriptLiteral(long)).toBe(`{\n  text: "${"x".repeat(90)}",\n  list: [],\n}`);
  });
});
