"use client";

import { type CSSProperties, memo, useMemo } from "react";
import type { ThemedToken } from "shiki/core";
import { alignTokens, sameTokens } from "./highlight-lines";
import { useHighlightedLines } from "./use-highlighter";

/**
 * One line: its tokens where they were made from this very text, else plain text. Memoised by
 * content, so an edit or a new highlight re-renders only the lines that changed.
 */
const CodeLine = memo(
  function CodeLine({ text, tokens }: { text: string; tokens: ThemedToken[] | undefined }) {
    return (
      <span className="block min-h-5">
        {tokens
          ? tokens.map((token, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: tokens have no identity beyond their place.
              <span key={i} style={token.htmlStyle as CSSProperties | undefined}>
                {token.content}
              </span>
            ))
          : text}
      </span>
    );
  },
  (a, b) => a.text === b.text && sameTokens(a.tokens, b.tokens),
);

/**
 * A code block, highlighted by Shiki once it and the language have loaded; unknown languages
 * stay plain text. Tokens become React spans (no raw HTML); each carries the light colour and a
 * `--shiki-dark` variable that the `dark` class switches to. With `debounceMs`, text that a
 * stream grows is highlighted again only when it pauses; changed and new lines show plain meanwhile.
 */
export function HighlightedCode({
  code,
  lang,
  label,
  debounceMs = 0,
  className = "max-h-[32rem]",
}: {
  code: string;
  lang: string | undefined;
  label: string;
  debounceMs?: number;
  /** Sizing of the scrolling box; by default it stops growing at 32rem. */
  className?: string;
}) {
  const highlighted = useHighlightedLines(code, lang, debounceMs);
  // Tokens made from an earlier text still colour the lines it shares with this one.
  const lines = useMemo(
    () => (highlighted ? alignTokens(highlighted, code) : undefined),
    [highlighted, code],
  );
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
      tabIndex={0}
      className={`${className} overflow-auto rounded-md border border-border bg-surface-sunken p-3`}
    >
      <pre className="font-mono text-xs leading-5 text-fg-soft dark:[&_span]:text-(color:--shiki-dark)!">
        <code>
          {lines
            ? code.split("\n").map((text, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their place.
                <CodeLine key={index} text={text} tokens={lines[index]} />
              ))
            : code}
        </code>
      </pre>
    </section>
  );
}
