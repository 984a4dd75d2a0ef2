import { describe, expect, it } from "vitest";
import { countTokens, tokenize } from "./tokenizer";

describe("emulator tokenizer", () => {
  it("splits words and punctuation with their leading whitespace, and joins back to the exact text", () => {
    expect(tokenize("Hello, world!")).toEqual(["Hello", ",", " world", "!"]);
    for (const text of [
      "  leading and trailing  ",
      "a\n\nb\tc",
      "naïve café — 東京 🚀 x",
      "```ts\nconst a = 1;\n```",
      "",
    ]) {
      expect(tokenize(text).join("")).toBe(text);
    }
  });

  it("splits very long words so a token stays word-sized", () => {
    expect(tokenize("internationalisation")).toEqual(["internationa", "lisation"]);
    expect(countTokens("one two three")).toBe(3);
  });
});
