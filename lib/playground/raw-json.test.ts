import { describe, expect, it } from "vitest";
import { jsonErrorPosition, lineColumnAt, parseRawBody } from "./raw-json";

const valid = { model: "m", max_tokens: 10, messages: [{ role: "user", content: "hi" }] };

describe("parseRawBody", () => {
  it("accepts a body and keeps unknown fields verbatim", () => {
    const result = parseRawBody(JSON.stringify({ ...valid, output_config: { x: [1] }, foo: 1 }));
    expect(result).toEqual({ ok: true, body: { ...valid, output_config: { x: [1] }, foo: 1 } });
  });

  it("reports a syntax error with its line and column", () => {
    const result = parseRawBody('{\n  "model": "m",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(3);
    expect(result.column).toBe(3);
    expect(result.message).not.toMatch(/position/);
  });

  it("places an unexpected end at the end of the text", () => {
    const result = parseRawBody('{\n  "a":');
    expect(result).toMatchObject({ ok: false, line: 2, column: 7 });
  });

  it("refuses JSON that is not an object", () => {
    expect(parseRawBody("[1]")).toMatchObject({ ok: false, message: /JSON object/ });
    expect(parseRawBody("null")).toMatchObject({ ok: false, message: /JSON object/ });
  });

  it("refuses a body without messages, a bad role, bad content, model or max_tokens", () => {
    expect(parseRawBody('{"model":"m","max_tokens":1}')).toMatchObject({ message: /messages/ });
    expect(
      parseRawBody(JSON.stringify({ ...valid, messages: [{ role: "bot", content: "x" }] })),
    ).toMatchObject({ message: /role/ });
    expect(
      parseRawBody(JSON.stringify({ ...valid, messages: [{ role: "user", content: 3 }] })),
    ).toMatchObject({ message: /content/ });
    expect(parseRawBody(JSON.stringify({ ...valid, model: 1 }))).toMatchObject({
      message: /model/,
    });
    expect(parseRawBody(JSON.stringify({ ...valid, max_tokens: "1" }))).toMatchObject({
      message: /max_tokens/,
    });
  });
});

describe("positions", () => {
  it("turns offsets into 1-based lines and columns", () => {
    expect(lineColumnAt("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  it("reads the engines' line/column wording", () => {
    expect(jsonErrorPosition("x", "Unexpected token (line 4 column 7)")).toEqual({
      line: 4,
      column: 7,
    });
    expect(jsonErrorPosition("x", "something else")).toBeNull();
  });
});
