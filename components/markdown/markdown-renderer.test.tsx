import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import { describe, expect, it } from "vitest";
import { type MarkdownBlocks, settledText, splitBlocks } from "../../lib/markdown/markdown-blocks";
import { MARKDOWN_OPTIONS, MarkdownRenderer, SplitBlocksView } from "./markdown-renderer";

/** The text rendered whole by react-markdown alone, between-tag newlines dropped. */
const reference = (text: string) =>
  renderToStaticMarkup(<ReactMarkdown {...MARKDOWN_OPTIONS}>{text}</ReactMarkdown>).replace(
    />\n</g,
    "><",
  );

/**
 * A split rendered as it stands, as comparable with `reference`: without the wrappers of
 * finished groups and a long table's layout (its class and column widths), which hold no
 * Markdown of their own.
 */
function renderedSplit(split: MarkdownBlocks): string {
  return renderToStaticMarkup(<SplitBlocksView split={split} tail={split.tail} />)
    .replace(/<\/?div[^>]*>|<colgroup>.*?<\/colgroup>/g, "")
    .replace(/<table [^>]*>/g, "<table>")
    .replace(/>\n</g, "><");
}

const render = (text: string, streaming = false) =>
  renderToStaticMarkup(<MarkdownRenderer text={text} streaming={streaming} />);

describe("MarkdownRenderer", () => {
  it("renders Markdown blocks, including GFM tables", () => {
    const html = render("# Hi\n\nSome **bold**.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n");
    expect(html).toContain("<h1>Hi</h1>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<td>2</td>");
  });

  it.each([
    ["bullets", `${"- ".repeat(1500)}x`],
    ["ordinals", "1. ".repeat(1500)],
    ["quotes", ">".repeat(3000)],
    ["spaced quotes", "> ".repeat(3000)],
    ["mixed", "> - 1. ".repeat(800)],
  ])("renders pathologically nested %s without throwing, nesting bounded", (_, text) => {
    const html = render(text);
    const depth = (html.match(/<(ul|ol|blockquote)>|<ol start/g) ?? []).length;
    expect(depth).toBeGreaterThan(0);
    expect(depth).toBeLessThanOrEqual(12);
  });

  it("keeps raw HTML as text", () => {
    const html = render('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
  });

  it("never fetches a remote image by itself: a placeholder names the host", () => {
    const html = render("![pixel](http://attacker.example/p.png)");
    expect(html).not.toContain("<img");
    expect(html).toContain("Load image “pixel” from");
  });

  it("shows inline data images and drops script URLs", () => {
    const data = "data:image/png;base64,iVBORw0KGgo=";
    expect(render(`![dot](${data})`)).toContain(`<img src="${data}"`);
    const html = render("[click](javascript:alert(1)) ![svg](data:image/svg+xml;base64,PHN2Zz4=)");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("data:image/svg");
  });

  it("completes unfinished syntax while streaming, and not after", () => {
    expect(render("Some **bold", true)).toContain("<strong>bold</strong>");
    const link = render("See [the docs](https://exa", true);
    expect(link).not.toContain("](");
    expect(link).toContain("the docs");
    expect(render("Some **bold", false)).not.toContain("<strong>");
  });
});

describe("MarkdownRenderer with an open code fence", () => {
  it("shows the fence's code as code text, its Markdown unparsed", () => {
    const html = render("Intro.\n\n```ts\nconst s = '**x**';\n- item\n", true);
    expect(html).toContain("Intro.");
    expect(html).toContain("Code block (ts)");
    expect(html).toContain("**x**");
    expect(html).not.toContain("<strong>");
    expect(html).not.toContain("<li>");
  });
});

describe("MarkdownRenderer with a long list or table", () => {
  /** Renders `text` as it stands after arriving `step` characters at a time. */
  function renderStreamed(text: string, step: number): string {
    let split: MarkdownBlocks | null = null;
    for (let at = step; at < text.length + step; at += step)
      split = splitBlocks(split, text.slice(0, at));
    return renderedSplit(splitBlocks(split, settledText(text)));
  }
  const tags = (html: string, tag: string) => html.match(new RegExp(`<${tag}[ >]`, "g"))?.length;

  it("renders a streamed long list as the one list it is, numbered from its start", () => {
    const items = Array.from({ length: 300 }, (_, i) => `${i + 3}. Item *${i + 3}*\n`).join("");
    const text = `Intro.\n\n${items}`;
    const html = renderStreamed(text, 37);
    expect(html).toBe(reference(text));
    expect(tags(html, "ol")).toBe(1);
    expect(html).toContain('<ol start="3">');
    expect(tags(html, "li")).toBe(300);
    expect(html).toContain("<li>Item <em>302</em></li>");
  });

  it("renders a streamed long table as one table, its columns aligned in every row", () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| r${i} | **${i}** |\n`).join("");
    const text = `| name | n |\n| --- | :-: |\n${rows}\nAfter.`;
    const html = renderStreamed(text, 41);
    expect(tags(html, "table")).toBe(1);
    expect(tags(html, "thead")).toBe(1);
    expect(tags(html, "tr")).toBe(301);
    expect(html).toContain('<td style="text-align:center"><strong>299</strong></td>');
    expect(html).toContain("<p>After.</p>");
    expect(html).toBe(reference(text));
  });

  it("lays a long table out at fixed widths, in proportion to its first rows' text", () => {
    const rows = Array.from({ length: 200 }, (_, i) => `| ${i} | ${"word ".repeat(6)} |\n`).join(
      "",
    );
    let split: MarkdownBlocks | null = null;
    const text = `| # | Description |\n| - | - |\n${rows}`;
    for (let at = 50; at < text.length + 50; at += 50)
      split = splitBlocks(split, text.slice(0, at));
    const html = renderToStaticMarkup(
      <SplitBlocksView split={split as MarkdownBlocks} tail={(split as MarkdownBlocks).tail} />,
    );
    // Never narrower than its columns' text (a narrow pane scrolls it): 3 + 29 characters, padded.
    expect(html).toContain('<table class="w-full table-fixed" style="min-width:36ch">');
    const widths = [...html.matchAll(/<col style="width:([\d.]+)%"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBeLessThan(15);
    expect((widths[0] ?? 0) + (widths[1] ?? 0)).toBeCloseTo(100, 0);
  });
});

describe("MarkdownRenderer streaming long lists and tables among other blocks", () => {
  /** A small seeded generator, so a failure names the document that failed. */
  function generator(seed: number) {
    let state = seed;
    return (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
  }

  /** A document of long tight, loose and nested lists, long tables and paragraphs, and code. */
  function document(seed: number): string {
    const random = generator(seed);
    const inline = () =>
      ["plain words", "**bold** text", "`code`", "[a link](https://example.com)", "_em_"][
        random(5)
      ];
    const blocks = [
      () => `A paragraph with ${inline()} and ${inline()}.`,
      () => `## Heading ${random(100)}`,
      () => "```ts\nconst a = 1;\n\nconst b = 2;\n```",
      () => {
        const ordered = random(2) === 0;
        const loose = random(3) === 0;
        const indent = " ".repeat(random(3));
        const marker = ordered ? (i: number) => `${indent}${i + 1}. ` : () => `${indent}- `;
        const inside = [
          () => "",
          () => `\n${indent}   - nested ${inline()}\n${indent}   - more`,
          () =>
            `\n${indent}   \`\`\`py\n${indent}   x = 1\n\n${indent}   y = 2\n${indent}   \`\`\``,
          () => `\nlazy continuation ${inline()}`,
        ];
        return Array.from(
          { length: 30 + random(60) },
          (_, i) =>
            `${marker(i)}Item ${i} with ${inline()}${random(5) === 0 ? inside[random(4)]?.() : ""}`,
        ).join(loose ? "\n\n" : "\n");
      },
      () => `> A quote with ${inline()}\n> - and a list\n> - in it`,
      // One paragraph of many lines: soft and hard breaks, emphasis across lines, odd starts.
      () =>
        Array.from(
          { length: 30 + random(60) },
          (_, i) =>
            [
              `Line ${i} with ${inline()}`,
              `Line ${i} ends in a hard break  `,
              `*Emphasis over line ${i}`,
              `and the next* with ${inline()}`,
              `(${i}) starts with a parenthesis`,
              `${i} starts with a number`,
            ][random(6)],
        ).join("\n"),
      () =>
        [
          "| a | b | c |",
          "| --- | :-: | --: |",
          ...Array.from(
            { length: 40 + random(60) },
            (_, i) => `| ${i} | ${inline()} | \\| piped ${random(1000)} |`,
          ),
        ].join("\n"),
    ];
    // Blocks mostly apart, sometimes on the very next line (a lazy line, a table's last row).
    return Array.from({ length: 6 }, () => blocks[random(blocks.length)]?.() ?? "").reduce(
      (text, block) => `${text}${random(4) === 0 ? "\n" : "\n\n"}${block}`,
    );
  }

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    "renders document %i streamed in uneven steps as react-markdown renders it whole",
    (seed) => {
      const text = document(seed);
      const random = generator(seed + 100);
      let split: MarkdownBlocks | null = null;
      for (let at = 0; at < text.length; ) {
        at = Math.min(text.length, at + 1 + random(120));
        split = splitBlocks(split, text.slice(0, at));
      }
      // The answer has ended: the renderer splits it settled.
      expect(renderedSplit(splitBlocks(split, settledText(text)))).toBe(reference(text));
    },
  );
});
