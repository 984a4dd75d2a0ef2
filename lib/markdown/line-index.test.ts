import { describe, expect, it } from "vitest";
import { indexLines, lineAt, lineCount } from "./line-index";

describe("indexLines", () => {
  it("indexes lines so that they add up to the text", () => {
    const index = indexLines(null, "a\nbb\n\nccc");
    expect(lineCount(index)).toBe(4);
    expect([0, 1, 2, 3].map((i) => lineAt(index, i))).toEqual(["a\n", "bb\n", "\n", "ccc"]);
  });

  it("scans only what was appended, with the same result as from scratch", () => {
    let index = indexLines(null, "");
    const text = "event: a\ndata: {}\n\nevent: b\ndata: {}\n\n";
    for (let i = 1; i <= text.length; i++) index = indexLines(index, text.slice(0, i));
    expect(index.starts.slice(0, index.size)).toEqual(indexLines(null, text).starts);
    expect(lineCount(index)).toBe(6);
  });

  it("starts over when the text is replaced", () => {
    const first = indexLines(null, "one\ntwo");
    const other = indexLines(first, "x\ny\nz");
    expect(lineCount(other)).toBe(3);
    expect(lineAt(other, 2)).toBe("z");
  });
});

describe("indexLines, called twice for one update (as React may)", () => {
  it("gives the same index", () => {
    const first = indexLines(null, "a\nb\n");
    const once = indexLines(first, "a\nb\nc\nd");
    const twice = indexLines(first, "a\nb\nc\nd");
    expect(twice.size).toBe(once.size);
    expect(lineAt(twice, 3)).toBe("d");
  });
});
