import type { ThemedToken } from "shiki/core";
import { describe, expect, it } from "vitest";
import { alignTokens, sameTokens } from "./highlight-lines";

const token = (content: string, color = "#111"): ThemedToken =>
  ({ content, offset: 0, htmlStyle: { color, "--shiki-dark": "#eee" } }) as ThemedToken;
/** One token per line, so a line's tokens name the line they were made from. */
const highlight = (code: string) => ({
  code,
  lines: code.split("\n").map((line) => [token(line)]),
});
const texts = (aligned: (ThemedToken[] | undefined)[]) =>
  aligned.map((tokens) => (tokens ? tokens.map((t) => t.content).join("") : null));

describe("alignTokens", () => {
  it("keeps every line's tokens when nothing changed", () => {
    expect(texts(alignTokens(highlight("a\nb\nc"), "a\nb\nc"))).toEqual(["a", "b", "c"]);
  });

  it("drops only the line a keystroke changed", () => {
    expect(texts(alignTokens(highlight("a\nb\nc"), "a\nbx\nc"))).toEqual(["a", null, "c"]);
  });

  it("keeps the lines after an insertion, shifted", () => {
    expect(texts(alignTokens(highlight("a\nb\nc"), "a\nnew\nb\nc"))).toEqual(["a", null, "b", "c"]);
  });

  it("keeps the lines around a deletion", () => {
    expect(texts(alignTokens(highlight("a\nb\nc\nd"), "a\nd"))).toEqual(["a", "d"]);
  });

  it("leaves a growing stream's new lines plain", () => {
    expect(texts(alignTokens(highlight("a\nb"), "a\nbc\nd"))).toEqual(["a", null, null]);
  });

  it("does not reuse one old line for two new ones", () => {
    expect(texts(alignTokens(highlight("x"), "x\nx"))).toEqual(["x", null]);
  });

  it("trusts no token when the tokens do not match the lines", () => {
    const broken = { code: "a\nb", lines: [[token("a")]] };
    expect(texts(alignTokens(broken, "a\nb"))).toEqual([null, null]);
  });
});

describe("sameTokens", () => {
  it("compares texts and colours, not identity", () => {
    expect(sameTokens([token("a")], [token("a")])).toBe(true);
    expect(sameTokens([token("a")], [token("b")])).toBe(false);
    expect(sameTokens([token("a", "#111")], [token("a", "#222")])).toBe(false);
    expect(sameTokens(undefined, undefined)).toBe(true);
    expect(sameTokens([token("a")], undefined)).toBe(false);
  });
});
