"use client";
import { type ComponentProps, memo, useDeferredValue, useMemo, useRef } from "react";
import ReactMarkdown, { defaultUrlTransform, type UrlTransform } from "react-markdown";
import remarkGfm from "remark-gfm";
import remend from "remend";
import {
  type MarkdownBlocks,
  openFenceParts,
  splitBlocks,
} from "@/components/playground/response/markdown-blocks";
import { isInlineImage, ModelImage } from "@/components/playground/response/model-image";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { HighlightedCode } from "@/components/ui/highlighted-code";

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

/** One top-level block; raw HTML in it stays text (react-markdown's safe default). */
const MarkdownBlock = memo(function MarkdownBlock({ markdown }: { markdown: string }) {
  return (
    <ErrorBoundary fallback={<p className="whitespace-pre-wrap">{markdown}</p>}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={components}
        urlTransform={urlTransform}
      >
        {markdown}
      </ReactMarkdown>
    </ErrorBoundary>
  );
});

/**
 * A group of finished blocks: the same array every update, so React skips it. Off screen, the
 * browser skips its layout and paint too (`content-visibility`), so a growing answer costs each
 * frame what is visible, not everything above it.
 */
const BlockGroup = memo(function BlockGroup({ blocks }: { blocks: readonly string[] }) {
  return (
    <div className="space-y-2 [contain-intrinsic-size:auto_32rem] [content-visibility:auto]">
      {blocks.map((markdown, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a finished group never changes
        <MarkdownBlock key={i} markdown={markdown} />
      ))}
    </div>
  );
});

/**
 * Markdown that may still be streaming. Finished blocks are parsed and rendered once; only the
 * last block is parsed again as text arrives, with its unfinished syntax (an open `**`, a link
 * without its closing parenthesis) completed by `remend` so it does not flicker as raw text.
 */
export function MarkdownRenderer(props: { text: string; streaming: boolean }) {
  // An urgent render (the run's end, after draws that load kept interrupting) may bring many
  // blocks at once: it shows the last text drawn, and the new blocks render in the background,
  // where React can yield between them.
  const text = useDeferredValue(props.text);
  const streaming = useDeferredValue(props.streaming);
  const previous = useRef<MarkdownBlocks | null>(null);
  const split = useMemo(() => {
    const next = splitBlocks(previous.current, text);
    previous.current = next;
    return next;
  }, [text]);
  const tail = useMemo(
    () =>
      streaming && !split.openFence ? remend(split.tail, { linkMode: "text-only" }) : split.tail,
    [split.tail, split.openFence, streaming],
  );
  return (
    <>
      {split.groups.map((blocks, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: groups only grow at the end
        <BlockGroup key={i} blocks={blocks} />
      ))}
      {split.openFence ? (
        // An open code fence is code text so far: shown as such, without parsing it each draw.
        <CodeBlock {...openFenceParts(tail)} />
      ) : (
        tail && <MarkdownBlock markdown={tail} />
      )}
    </>
  );
}
