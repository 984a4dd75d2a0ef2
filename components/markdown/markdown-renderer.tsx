"use client";
import type { Element, Root } from "hast";
import type { Root as MdastRoot } from "mdast";
import { type ComponentProps, Fragment, memo, useDeferredValue, useMemo, useRef } from "react";
import ReactMarkdown, {
  defaultUrlTransform,
  type Options,
  type UrlTransform,
} from "react-markdown";
import remarkGfm from "remark-gfm";
import remend from "remend";
import { isInlineImage, ModelImage } from "@/components/run/model-image";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { HighlightedCode } from "@/components/ui/highlighted-code";
import {
  blockMarkdown,
  type FinishedBlock,
  type MarkdownBlocks,
  openFenceParts,
  type PiecedBlock,
  settledText,
  splitBlocks,
} from "@/lib/markdown/markdown-blocks";

function CodeBlock({ code, lang }: { code: string; lang: string | undefined }) {
  return (
    <HighlightedCode
      code={code}
      lang={lang}
      label={lang ? `Code block (${lang})` : "Code block"}
      // A streaming reply grows its blocks: re-highlight when the text pauses, not every frame.
      debounceMs={120}
      className="my-2 max-h-[32rem]"
    />
  );
}

const components: ComponentProps<typeof ReactMarkdown>["components"] = {
  pre: ({ children }) => <>{children}</>,
  code: ({ className, children }) => {
    const lang = /language-([\w+-]+)/.exec(className ?? "")?.[1];
    const text = String(children ?? "");
    // Fenced blocks carry a language or a newline; the rest is inline code.
    if (lang || text.includes("\n"))
      return <CodeBlock code={text.replace(/\n$/, "")} lang={lang} />;
    return (
      <code className="rounded bg-surface-muted px-1 py-0.5 font-mono text-[0.85em]">
        {children}
      </code>
    );
  },
  a: ({ href, children }) =>
    href ? (
      <a
        href={href}
        target="_blank"
        rel="noreferrer noopener"
        referrerPolicy="no-referrer"
        className="text-blue-700 underline dark:text-blue-400"
      >
        {children}
      </a>
    ) : (
      // An unsafe or unfinished link keeps its text and loses its target.
      <span className="underline decoration-dotted">{children}</span>
    ),
  img: ({ src, alt }) => <ModelImage src={typeof src === "string" ? src : undefined} alt={alt} />,
};

/** react-markdown's safe URL policy, plus inline data images (they fetch nothing). */
const urlTransform: UrlTransform = (url, key) =>
  key === "src" && isInlineImage(url) ? url : defaultUrlTransform(url);

/** What every block and piece is rendered with: GFM, our elements and the URL policy. */
export const MARKDOWN_OPTIONS = {
  remarkPlugins: [remarkGfm],
  components,
  urlTransform,
} satisfies Options;

/** One top-level block; raw HTML in it stays text (react-markdown's safe default). */
const MarkdownBlock = memo(function MarkdownBlock({ markdown }: { markdown: string }) {
  return (
    <ErrorBoundary fallback={<p className="whitespace-pre-wrap">{markdown}</p>}>
      <ReactMarkdown {...MARKDOWN_OPTIONS}>{markdown}</ReactMarkdown>
    </ErrorBoundary>
  );
});

type PiecePart = "items" | "rows" | "head" | "inline";

/**
 * A rehype step that keeps one part of a piece: a list's items, a table's body rows or header,
 * a paragraph's text. Anything else (a piece that did not parse as expected) is left whole.
 */
function keepPart(part: PiecePart) {
  const isElement = (node: Root["children"][number]): node is Element => node.type === "element";
  return () => (tree: Root) => {
    const outer = tree.children.find(isElement);
    if (part === "inline") {
      if (outer?.tagName === "p") tree.children = outer.children;
      return;
    }
    if (part === "items") {
      if (outer?.tagName === "ul" || outer?.tagName === "ol")
        tree.children = outer.children.filter(isElement);
      return;
    }
    if (outer?.tagName !== "table") return;
    const section = outer.children
      .filter(isElement)
      .find((node) => node.tagName === (part === "head" ? "thead" : "tbody"));
    if (!section) tree.children = [];
    else tree.children = part === "head" ? [section] : section.children.filter(isElement);
  };
}

const REHYPE_PART: Record<PiecePart, Options["rehypePlugins"]> = {
  items: [keepPart("items")],
  inline: [keepPart("inline")],
  rows: [keepPart("rows")],
  head: [keepPart("head")],
};

/** A piece that failed to render, as its plain text in the element its place calls for. */
function PieceText({ markdown, part }: { markdown: string; part: PiecePart }) {
  const text = <span className="whitespace-pre-wrap">{markdown}</span>;
  if (part === "items") return <li>{text}</li>;
  if (part === "inline") return text;
  const cell = part === "head" ? <th>{text}</th> : <td>{text}</td>;
  const row = <tr>{cell}</tr>;
  return part === "head" ? <thead>{row}</thead> : row;
}

/**
 * A remark step that makes a piece's list loose: a piece of a loose list may hold one item, or
 * items without a blank line between them, and its items' text is still a paragraph.
 */
const asLooseList = () => (tree: MdastRoot) => {
  const list = tree.children[0];
  if (list?.type === "list") list.spread = true;
};
const LOOSE_LIST_PLUGINS: Options["remarkPlugins"] = [remarkGfm, asLooseList];

/** One piece of a long block: its items, rows, header or lines, for the element around. */
const Piece = memo(function Piece({
  markdown,
  part,
  loose = false,
}: {
  markdown: string;
  part: PiecePart;
  loose?: boolean;
}) {
  return (
    <ErrorBoundary fallback={<PieceText markdown={markdown} part={part} />}>
      <ReactMarkdown
        {...MARKDOWN_OPTIONS}
        remarkPlugins={loose ? LOOSE_LIST_PLUGINS : MARKDOWN_OPTIONS.remarkPlugins}
        rehypePlugins={REHYPE_PART[part]}
      >
        {markdown}
      </ReactMarkdown>
    </ErrorBoundary>
  );
});

const PIECE_PART = { list: "items", table: "rows", paragraph: "inline" } as const;
/** Between a paragraph's pieces: the soft line break each was cut at. */
const LINE_BREAK = "\n";

/** A pieced block's finished pieces: the same block object until a piece is added. */
const Pieces = memo(function Pieces({ block }: { block: PiecedBlock }) {
  return block.pieces.map((piece, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: pieces only grow at the end
    <Fragment key={i}>
      {block.kind === "paragraph" && i > 0 && LINE_BREAK}
      <Piece markdown={block.head + piece} part={PIECE_PART[block.kind]} loose={block.loose} />
    </Fragment>
  ));
});

// A table row's cells: split at pipes that are not escaped, outer pipes dropped.
const cellsOf = (row: string) =>
  row
    .trim()
    .replace(/^\||(?<!\\)\|$/g, "")
    .split(/(?<!\\)\|/);

/**
 * Column widths (in characters, with room for the cell's padding) for a long table, from the
 * text of its header and first rows. A long table lays out at fixed widths: with automatic
 * widths, every row that arrives can change them and lay out the whole table again.
 */
function columnWidths(head: string, firstRows: string): number[] {
  const [header = "", , ...rows] = `${head}${firstRows}`.split("\n");
  const widths = cellsOf(header).map((cell) => Math.min(40, Math.max(3, cell.trim().length)));
  for (const row of rows)
    cellsOf(row).forEach((cell, i) => {
      if (i < widths.length) widths[i] = Math.min(40, Math.max(widths[i] ?? 3, cell.trim().length));
    });
  return widths.map((width) => width + 2);
}

/**
 * A long list, table or paragraph as one element, rendered piece by piece: finished pieces once,
 * and the growing `tail` (its last items or rows) on each update.
 */
function PiecedView({ block, tail = "" }: { block: PiecedBlock; tail?: string }) {
  const firstRows = block.kind === "table" ? (block.pieces[0] ?? "") : "";
  const widths = useMemo(() => columnWidths(block.head, firstRows), [block.head, firstRows]);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const rest = tail.trim() ? (
    <Piece markdown={block.head + tail} part={PIECE_PART[block.kind]} loose={block.loose} />
  ) : null;
  if (block.kind === "paragraph")
    return (
      <p>
        <Pieces block={block} />
        {rest && LINE_BREAK}
        {rest}
      </p>
    );
  if (block.kind === "table")
    return (
      // The pane's width is shared in proportion to the columns' text, and never narrower than
      // that text: a narrow pane scrolls the table rather than breaking its words.
      <div className="overflow-x-auto">
        <table className="w-full table-fixed" style={{ minWidth: `${total}ch` }}>
          <colgroup>
            {widths.map((width, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one column per header cell
              <col key={i} style={{ width: `${Math.round((width / total) * 1000) / 10}%` }} />
            ))}
          </colgroup>
          <Piece markdown={block.head} part="head" />
          <tbody>
            <Pieces block={block} />
            {rest}
          </tbody>
        </table>
      </div>
    );
  const List = block.ordered ? "ol" : "ul";
  return (
    <List start={block.ordered && block.start !== 1 ? block.start : undefined}>
      <Pieces block={block} />
      {rest}
    </List>
  );
}

function BlockView({ block, tail }: { block: FinishedBlock; tail?: string }) {
  return typeof block === "string" ? (
    <MarkdownBlock markdown={block} />
  ) : (
    <ErrorBoundary fallback={<p className="whitespace-pre-wrap">{blockMarkdown(block)}</p>}>
      <PiecedView block={block} tail={tail} />
    </ErrorBoundary>
  );
}

/**
 * A group of finished blocks: the same array every update, so React skips it. Off screen, the
 * browser skips its layout and paint too (`content-visibility`), so a growing answer costs each
 * frame what is visible, not everything above it. A long block still open is drawn as
 * the group it will start once finished (`openTail` is its growing end), so finishing it keeps
 * every piece already rendered.
 */
const BlockGroup = memo(function BlockGroup({
  blocks,
  openTail,
}: {
  blocks: readonly FinishedBlock[];
  openTail?: string;
}) {
  return (
    <div className="space-y-2 [contain-intrinsic-size:auto_32rem] [content-visibility:auto]">
      {blocks.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a finished group never changes
        <BlockView key={i} block={block} tail={i === blocks.length - 1 ? openTail : undefined} />
      ))}
    </div>
  );
});

/** Blocks split from a text: finished groups, then the tail as it stands. */
export function SplitBlocksView({ split, tail }: { split: MarkdownBlocks; tail: string }) {
  return (
    <>
      {split.groups.map((blocks, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: groups only grow at the end
        <BlockGroup key={i} blocks={blocks} />
      ))}
      {split.open ? (
        <BlockGroup key={split.groups.length} blocks={[split.open]} openTail={tail} />
      ) : split.openFence ? (
        // An open code fence is code text so far: shown as such, without parsing it each draw.
        <CodeBlock {...openFenceParts(tail)} />
      ) : (
        tail && <MarkdownBlock markdown={tail} />
      )}
    </>
  );
}

/**
 * Markdown that may still be streaming. Finished blocks are parsed and rendered once; only the
 * last block (or a long list's or table's last items or rows) is parsed again as text arrives,
 * with its unfinished syntax (an open `**`, a link without its closing parenthesis) completed by
 * `remend` so it does not flicker as raw text.
 */
export function MarkdownRenderer(props: { text: string; streaming: boolean }) {
  // An urgent render (the run's end, after draws that load kept interrupting) may bring many
  // blocks at once: it shows the last text drawn, and the new blocks render in the background,
  // where React can yield between them.
  const text = useDeferredValue(props.text);
  const streaming = useDeferredValue(props.streaming);
  const previous = useRef<MarkdownBlocks | null>(null);
  const split = useMemo(() => {
    const next = splitBlocks(previous.current, streaming ? text : settledText(text));
    previous.current = next;
    return next;
  }, [text, streaming]);
  const tail = useMemo(
    () =>
      streaming && !split.openFence ? remend(split.tail, { linkMode: "text-only" }) : split.tail,
    [split.tail, split.openFence, streaming],
  );
  return <SplitBlocksView split={split} tail={tail} />;
}
