"use client";
import { useEffect, useState } from "react";

type Highlighter = (code: string, lang: string) => Promise<string>;
let highlighter: Promise<Highlighter> | undefined;
// Switching tabs remounts the reply: reuse what was highlighted instead of flashing plain text.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50;

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
  const key = `${lang}\n${code}`;
  const [html, setHtml] = useState<string | null>(() => cache.get(key) ?? null);
  useEffect(() => {
    const cached = cache.get(key);
    if (cached !== undefined) {
      setHtml(cached);
      return;
    }
    setHtml(null);
    let cancelled = false;
    // While a stream grows the block, wait for a pause instead of highlighting every frame.
    const timer = window.setTimeout(() => {
      loadHighlighter()
        .then((highlight) => highlight(code, lang))
        .then((result) => {
          if (cache.size >= CACHE_LIMIT) cache.clear();
          cache.set(key, result);
          if (!cancelled) setHtml(result);
        })
        .catch(() => {});
    }, 120);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [key, code, lang]);

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
      className={`${frame} [&_pre]:!bg-transparent [&_span]:text-(color:--shiki-light) dark:[&_span]:text-(color:--shiki-dark)`}
      // Shiki escapes the code it is given; the model's text never reaches here as HTML.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: shiki's escaped, highlighted output
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
