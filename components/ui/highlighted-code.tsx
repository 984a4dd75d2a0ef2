"use client";

import type { CSSProperties, ReactNode } from "react";
import { type HighlightedLines, useHighlightedLines } from "./use-highlighter";

/** Token spans for each line; `tail` is text the tokens have not caught up with yet (a stream). */
function renderLines(lines: HighlightedLines, tail: string): ReactNode {
  const [firstTail = "", ...moreTail] = tail.split("\n");
  return (
    <>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their place.
        <span key={index} className="block min-h-5">
          {line.map((token, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tokens have no identity beyond their place.
            <span key={i} style={token.htmlStyle as CSSProperties | undefined}>
              {token.content}
            </span>
          ))}
          {index === lines.length - 1 && firstTail}
        </span>
      ))}
      {moreTail.map((text, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their place.
        <span key={`tail-${index}`} className="block min-h-5">
          {text}
        </span>
      ))}
    </>
  );
}

/**
 * A code block, highlighted by Shiki once it and the language have loaded; unknown languages
 * stay plain text. Tokens become React spans (no raw HTML); each carries the light colour and a
 * `--shiki-dark` variable that the `dark` class switches to. With `debounceMs`, text that a
 * stream grows is highlighted again only when it pauses; the newest text shows plain meanwhile.
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
  // Tokens made from an earlier, shorter text still fit its start; anything else is stale.
  const fits = highlighted && code.startsWith(highlighted.code);
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
      tabIndex={0}
      className={`${className} overflow-auto rounded-md border border-border bg-surface-sunken p-3`}
    >
      <pre className="font-mono text-xs leading-5 text-fg-soft dark:[&_span]:text-(color:--shiki-dark)!">
        <code>
          {fits ? renderLines(highlighted.lines, code.slice(highlighted.code.length)) : code}
        </code>
      </pre>
    </section>
  );
}
