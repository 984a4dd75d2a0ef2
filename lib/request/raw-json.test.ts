import { describe, expect, it } from "vitest";
import { jsonErrorPosition, lineColumnAt, parseRawBody } from "./raw-json";

const valid = { model: "m", max_tokens: 10, messages: [{ role: "user", content: "hi" }] };

describe("parseRawBody", () => {
  it("accepts a body and keeps unknown fields verbatim, in the order they were written", () => {
    const text = JSON.stringify({ foo: 1, ...valid, output_config: { x: [1] } });
    const result = parseRawBody(text);
    expect(result).toEqual({ ok: true, body: { ...valid, output_config: { x: [1] }, foo: 1 } });
    expect(result.ok && JSON.stringify(result.body)).toBe(text);
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
    const notObject = { ok: false, message: "The request body must be a JSON object." };
    expect(parseRawBody("[1]")).toEqual(notObject);
    expect(parseRawBody("null")).toEqual(notObject);
  });

  it("names the first problem: messages, a message, its role, its content, model, max_tokens", () => {
    const problem = (body: unknown) => {
      const result = parseRawBody(JSON.stringify(body));
      return result.ok ? "accepted" : result.message;
    };
    expect(problem({ model: "m", max_tokens: 1 })).toBe("`messages` must be an array of messages.");
    expect(problem({ ...valid, messages: [{ role: "user", content: "x" }, null] })).toBe(
      "messages[1] must be an object.",
    );
    expect(problem({ ...valid, messages: [{ role: "bot", content: 3 }] })).toBe(
      'messages[0].role must be "user" or "assistant".',
    );
    expect(problem({ ...valid, messages: [{ role: "user", content: [{ text: "x" }] }] })).toBe(
      'messages[0].content must be a string or an array of blocks with a "type".',
    );
    expect(problem({ ...valid, model: 1, max_tokens: "1" })).toBe("`model` must be a string.");
    expect(problem({ ...valid, max_tokens: "1" })).toBe("`max_tokens` must be a number.");
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
