"use client";

import type { CSSProperties } from "react";
import { useMemo } from "react";
import { type CodeLang, useHighlighter } from "./use-highlighter";

/**
 * A code block, highlighted by Shiki once it has loaded. Tokens become React spans (no raw HTML);
 * each carries the light colour and a `--shiki-dark` variable that the `dark` class switches to.
 */
export function HighlightedCode({
  code,
  lang,
  label,
  className = "max-h-[32rem]",
}: {
  code: string;
  lang: CodeLang;
  label: string;
  /** Sizing of the scrolling box; by default it stops growing at 32rem. */
  className?: string;
}) {
  const highlighter = useHighlighter();
  const lines = useMemo(
    () =>
      highlighter?.codeToTokens(code, {
        lang,
        themes: { light: "github-light", dark: "github-dark" },
      }).tokens,
    [highlighter, code, lang],
  );
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
      tabIndex={0}
      className={`${className} overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900`}
    >
      <pre className="font-mono text-xs leading-5 text-zinc-800 dark:text-zinc-200 dark:[&_span]:text-(color:--shiki-dark)!">
        <code>
          {lines
            ? lines.map((line, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their place.
                <span key={index} className="block min-h-5">
                  {line.map((token, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: tokens have no identity beyond their place.
                    <span key={i} style={token.htmlStyle as CSSProperties | undefined}>
                      {token.content}
                    </span>
                  ))}
                </span>
              ))
            : code}
        </code>
      </pre>
    </section>
  );
}
