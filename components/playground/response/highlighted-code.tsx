"use client";
import { useEffect, useState } from "react";

type Highlighter = (code: string, lang: string) => Promise<string>;
let highlighter: Promise<Highlighter> | undefined;

/** Shiki is large: it loads on the first code block, and never for replies without one. */
function loadHighlighter(): Promise<Highlighter> {
  highlighter ??= import("shiki").then(({ codeToHtml, bundledLanguages }) => {
    return (code: string, lang: string) =>
      codeToHtml(code, {
        lang: lang in bundledLanguages ? lang : "text",
        themes: { light: "github-light-default", dark: "github-dark-default" },
        defaultColor: false,
      });
  });
  return highlighter;
}

/** A fenced code block: plain at once, highlighted when shiki has loaded (and the text settles). */
export function HighlightedCode({ code, lang }: { code: string; lang: string }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    // While a stream grows the block, wait for a pause instead of highlighting every frame.
    const timer = window.setTimeout(() => {
      loadHighlighter()
        .then((highlight) => highlight(code, lang))
        .then((result) => {
          if (!cancelled) setHtml(result);
        })
        .catch(() => {});
    }, 120);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [code, lang]);

  const frame =
    "my-2 overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs leading-relaxed dark:border-zinc-800 dark:bg-zinc-900";
  if (html === null) {
    return (
      <pre className={frame}>
        <code>{code}</code>
      </pre>
    );
  }
  return (
    <div
      className={`${frame} [&_pre]:!bg-transparent [&_span]:text-(--shiki-light) dark:[&_span]:text-(--shiki-dark)`}
      // Shiki escapes the code it is given; the model's text never reaches here as HTML.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: shiki's escaped, highlighted output
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
