import { describe, expect, it } from "vitest";
import {
  BLOCKS_PER_GROUP,
  blockMarkdown,
  type FinishedBlock,
  limitNesting,
  MAX_NESTING,
  type MarkdownBlocks,
  PIECE_CHARS,
  type PiecedBlock,
  splitBlocks,
} from "./markdown-blocks";

const ANSWER = [
  "# Title",
  "",
  "Some *text* with a [link](https://example.com).",
  "",
  "- one",
  "- two",
  "",
  "| a | b |",
  "| - | - |",
  "| 1 | 2 |",
  "",
  "```ts",
  "const x = 1;",
  "",
  "const y = 2;",
  "```",
  "",
  "> quoted",
  "",
  "Last paragraph.",
].join("\n");

/** The Markdown of every block, the open list's or table's pieces with its tail. */
function blocksOf(split: MarkdownBlocks): string[] {
  const finished = split.groups.flat().map(blockMarkdown);
  return split.open
    ? [...finished, blockMarkdown(split.open) + split.tail]
    : [...finished, split.tail];
}

const trimmed = (block: FinishedBlock | undefined) => block && blockMarkdown(block).trimEnd();

/** Feeds the text in pieces, as a stream does. */
function streamed(text: string, step: number) {
  let split = splitBlocks(null, "");
  for (let i = step; i < text.length + step; i += step)
    split = splitBlocks(split, text.slice(0, i));
  return split;
}

describe("splitBlocks", () => {
  it("splits a whole answer into top-level blocks that add up to the text", () => {
    const split = splitBlocks(null, ANSWER);
    expect(split.groups.flat().map(trimmed)).toEqual([
      "# Title",
      "Some *text* with a [link](https://example.com).",
      "- one\n- two",
      "| a | b |\n| - | - |\n| 1 | 2 |",
      "```ts\nconst x = 1;\n\nconst y = 2;\n```",
      "> quoted",
    ]);
    expect(split.tail).toBe("Last paragraph.");
    expect(split.doneLength).toBe(ANSWER.length - "Last paragraph.".length);
  });

  it("gives the same blocks however the text arrives", () => {
    const whole = splitBlocks(null, ANSWER);
    for (const step of [1, 3, 7, 40]) {
      const split = streamed(ANSWER, step);
      expect(blocksOf(split).join("")).toBe(blocksOf(whole).join(""));
      expect(split.tail).toBe(whole.tail);
    }
  });

  it("keeps finished groups by identity, so they are not rendered again", () => {
    const paragraphs = Array.from({ length: BLOCKS_PER_GROUP * 2 + 3 }, (_, i) => `Para ${i}.`);
    const text = paragraphs.join("\n\n");
    const before = splitBlocks(null, text);
    const after = splitBlocks(before, `${text} more words`);
    expect(after.groups[0]).toBe(before.groups[0]);
    expect(after.groups[1]).toBe(before.groups[1]);
    expect(after.tail).toBe(`Para ${paragraphs.length - 1}. more words`);
  });

  it("lexes only the tail when the text grows", () => {
    const first = splitBlocks(null, "A.\n\nB.\n\nC");
    const next = splitBlocks(first, "A.\n\nB.\n\nC continues");
    expect(next.doneLength).toBe(first.doneLength);
    expect(next.tail).toBe("C continues");
  });

  it("keeps an open code fence as the tail until it closes", () => {
    const open = splitBlocks(null, "Intro.\n\n```py\nprint(1)\n\nprint(2)\n");
    expect(open.tail).toBe("```py\nprint(1)\n\nprint(2)\n");
    const closed = splitBlocks(open, "Intro.\n\n```py\nprint(1)\n\nprint(2)\n```\n\nAfter.");
    expect(trimmed(closed.groups.flat().at(-1))).toBe("```py\nprint(1)\n\nprint(2)\n```");
    expect(closed.tail).toBe("After.");
  });

  it("starts again when the text is replaced rather than extended", () => {
    const first = splitBlocks(null, "One.\n\nTwo.");
    const other = splitBlocks(first, "Other.\n\nText.");
    expect(blocksOf(other).map((b) => b.trimEnd())).toEqual(["Other.", "Text."]);
  });

  it("maps blocks back over carriage returns", () => {
    const split = splitBlocks(null, "One.\r\n\r\nTwo.\r\n\r\nThree.");
    expect(split.tail).toBe("Three.");
    expect(split.doneLength).toBe("One.\r\n\r\nTwo.\r\n\r\n".length);
  });
});

describe("limitNesting", () => {
  it("leaves ordinary Markdown alone", () => {
    expect(limitNesting(ANSWER)).toBe(ANSWER);
    expect(limitNesting("- a\n  - b\n    - c\n> > quote")).toBe("- a\n  - b\n    - c\n> > quote");
  });

  it("escapes markers past the limit so they read as text", () => {
    const bullets = limitNesting(`${"- ".repeat(1500)}x`);
    expect(bullets.startsWith(`${"- ".repeat(MAX_NESTING)}\\- - `)).toBe(true);
    expect(limitNesting("1. ".repeat(1500)).startsWith(`${"1. ".repeat(MAX_NESTING)}1\\. 1.`)).toBe(
      true,
    );
    expect(limitNesting(">".repeat(3000))).toBe(
      `${">".repeat(MAX_NESTING)}\\${">".repeat(3000 - MAX_NESTING)}`,
    );
  });

  it("does not touch code inside fences", () => {
    const code = `\`\`\`\n${">".repeat(40)}\n\`\`\`\n${">".repeat(40)}`;
    const [, inside, , outside] = limitNesting(code).split("\n");
    expect(inside).toBe(">".repeat(40));
    expect(outside?.includes("\\>")).toBe(true);
  });

  it("bounds the nesting the lexer sees in a split", () => {
    const split = splitBlocks(null, `Intro.\n\n${"> ".repeat(2000)}deep`);
    expect(split.tail.startsWith(`${"> ".repeat(MAX_NESTING)}\\>`)).toBe(true);
  });
});

describe("splitBlocks with an open code fence", () => {
  const CODE = [
    "Intro.",
    "",
    "~~~python",
    "```",
    "a = '**not bold**'",
    "",
    "- not a list",
    "~~~",
    "",
    "After.",
  ].join("\n");

  it("keeps an open fence as code text, and ends it only at its own closing fence", () => {
    const open = splitBlocks(null, CODE.slice(0, CODE.indexOf("~~~\n\nAfter")));
    expect(open.openFence).toBe("~~~");
    expect(open.tail.startsWith("~~~python\n```\n")).toBe(true);
    const closed = splitBlocks(open, CODE);
    expect(closed.openFence).toBeUndefined();
    expect(trimmed(closed.groups.flat().at(-1))).toBe(
      CODE.slice(CODE.indexOf("~~~python"), CODE.indexOf("\n\nAfter")),
    );
    expect(closed.tail).toBe("After.");
  });

  it("gives the same blocks as the whole text however the fence's text arrives", () => {
    const whole = splitBlocks(null, CODE);
    for (const step of [1, 2, 5, 13]) {
      const split = streamed(CODE, step);
      expect(split.groups).toEqual(whole.groups);
      expect(split.tail).toBe(whole.tail);
    }
  });

  it("closes a fence whose closing line arrives in pieces", () => {
    let split = splitBlocks(null, "```js\nlet a;\n`");
    expect(split.openFence).toBe("```");
    split = splitBlocks(split, "```js\nlet a;\n``");
    split = splitBlocks(split, "```js\nlet a;\n```\n\nNext");
    expect(split.openFence).toBeUndefined();
    expect(split.groups.flat()).toEqual(["```js\nlet a;\n```"]);
    expect(split.tail).toBe("Next");
  });

  it("appends to an open fence without lexing it again", () => {
    const open = splitBlocks(null, "```\nline 1\n");
    const grown = splitBlocks(open, "```\nline 1\nline 2\n");
    expect(grown.openFence).toBe("```");
    expect(grown.tail).toBe("```\nline 1\nline 2\n");
    expect(grown.groups).toBe(open.groups);
  });
});

describe("splitBlocks with a long list or table", () => {
  const item = (i: number) =>
    `${i}. Item ${i} with **bold** and a [link](https://example.com/${i})\n`;
  const LIST = `Intro.\n\n${Array.from({ length: 400 }, (_, i) => item(i + 1)).join("")}`;
  const row = (i: number) => `| row ${i} | value *${i}* | ${"x".repeat(i % 7)} |\n`;
  const TABLE = `| a | b | c |\n| --- | :-: | --: |\n${Array.from({ length: 400 }, (_, i) => row(i)).join("")}`;

  it.each([
    ["list", LIST],
    ["table", TABLE],
  ])("re-lexes a bounded tail of a long %s however long it grows", (_, text) => {
    let split = splitBlocks(null, "");
    let longestTail = 0;
    for (let at = 25; at < text.length + 25; at += 25) {
      split = splitBlocks(split, text.slice(0, at));
      longestTail = Math.max(longestTail, split.tail.length);
    }
    expect(split.open?.pieces.length).toBeGreaterThan(5);
    expect(longestTail).toBeLessThan(PIECE_CHARS + 200);
    // Nothing lost or doubled: the head, the pieces and the tail are the list or table.
    const open = split.open as PiecedBlock;
    expect(blockMarkdown(open) + split.tail).toBe(text.replace("Intro.\n\n", ""));
  });

  it("keeps an ordered list's start and a table's head, and each piece once made", () => {
    const list = LIST.replace("1. Item 1 ", "7. Item 1 ");
    const before = splitBlocks(null, list);
    expect(before.open).toMatchObject({ kind: "list", ordered: true, start: 7, head: "" });
    const after = splitBlocks(before, `${list}401. More`);
    expect(after.open).toBe(before.open);
    const table = splitBlocks(null, TABLE);
    expect(table.open).toMatchObject({
      kind: "table",
      head: "| a | b | c |\n| --- | :-: | --: |\n",
    });
    expect(table.open?.pieces[0]?.startsWith("| row 0 |")).toBe(true);
  });

  it.each([
    ["a paragraph", "\nAfter the list."],
    ["a heading", "## Next"],
    ["a list of another kind", "- bullet"],
  ])("closes the list when %s follows, with its last items as a piece", (_, after) => {
    const open = splitBlocks(null, LIST);
    const closed = splitBlocks(open, `${LIST}\n${after}`);
    expect(closed.open).toBeUndefined();
    // It starts the group the renderer drew it as while open: the group after the others.
    const list = closed.groups[open.groups.length]?.[0] as PiecedBlock;
    expect(list.kind).toBe("list");
    expect(list.pieces.slice(0, -1)).toEqual(open.open?.pieces);
    expect(list.pieces.join("")).toContain(item(400));
    expect(closed.tail.trim()).toBe(after.trim());
  });

  it("closes a table at a blank line, and what follows is split as usual", () => {
    const open = splitBlocks(null, TABLE);
    const closed = splitBlocks(open, `${TABLE}\nAfter.\n\nLast`);
    const table = closed.groups.flat().at(-2) as PiecedBlock;
    expect(table.kind).toBe("table");
    expect(table.pieces.join("")).toContain(row(399));
    expect(trimmed(closed.groups.flat().at(-1))).toBe("After.");
    expect(closed.tail).toBe("Last");
  });

  it("keeps a loose ordered list one list while its next number waits for its period", () => {
    const text = "1. a\n\n2. b\n\n10. c\n\nAfter.\n";
    const whole = splitBlocks(null, text);
    expect(whole.groups.flat()).toEqual(["1. a\n\n2. b\n\n10. c"]);
    for (const step of [1, 2, 3]) expect(streamed(text, step).groups).toEqual(whole.groups);
  });

  it("cuts a long paragraph only between whole lines with nothing inline left open", () => {
    const lines = Array.from({ length: 400 }, (_, i) =>
      i % 10 === 3 ? `*emphasis from line ${i}` : i % 10 === 4 ? `to line ${i}*` : `Line ${i}.`,
    );
    let split = splitBlocks(null, "");
    const text = lines.join("\n");
    for (let at = 30; at < text.length + 30; at += 30) {
      split = splitBlocks(split, text.slice(0, at));
      for (const piece of split.open?.pieces ?? [])
        expect(piece).toMatch(/^[^*]*(\*[^*]*\*[^*]*)*$/);
    }
    expect(split.open?.kind).toBe("paragraph");
    expect(split.open?.pieces.length).toBeGreaterThan(1);
    expect(split.tail.length).toBeLessThan(PIECE_CHARS + 100);
    expect(blockMarkdown(split.open as PiecedBlock) + split.tail).toBe(text);
  });

  it("leaves a short list, and a long single item, whole", () => {
    expect(splitBlocks(null, "- a\n- b\n- c").open).toBeUndefined();
    const oneItem = `- ${"word ".repeat(PIECE_CHARS)}`;
    expect(splitBlocks(null, oneItem).open).toBeUndefined();
    expect(splitBlocks(null, oneItem).tail).toBe(oneItem);
  });
});
