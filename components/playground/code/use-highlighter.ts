"use client";

import { useEffect, useState } from "react";
import type { HighlighterGeneric } from "shiki/core";

export type CodeLang = "bash" | "python" | "typescript";
export type CodeHighlighter = HighlighterGeneric<CodeLang, "github-light" | "github-dark">;

let loading: Promise<CodeHighlighter> | undefined;

/** Shiki with only the three languages the snippets use, loaded once, on first need. */
function loadHighlighter(): Promise<CodeHighlighter> {
  loading ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
      import("shiki/core"),
      // The JavaScript regex engine spares the page the Oniguruma WebAssembly download.
      import("shiki/engine/javascript"),
    ]);
    return (await createHighlighterCore({
      themes: [import("shiki/themes/github-light.mjs"), import("shiki/themes/github-dark.mjs")],
      langs: [
        import("shiki/langs/bash.mjs"),
        import("shiki/langs/python.mjs"),
        import("shiki/langs/typescript.mjs"),
      ],
      engine: createJavaScriptRegexEngine(),
    })) as CodeHighlighter;
  })();
  return loading;
}

/** The highlighter once it has loaded; undefined until then (callers show plain text). */
export function useHighlighter(): CodeHighlighter | undefined {
  const [highlighter, setHighlighter] = useState<CodeHighlighter>();
  useEffect(() => {
    let live = true;
    loadHighlighter().then(
      (loaded) => live && setHighlighter(() => loaded),
      // Highlighting is an enhancement: on failure the plain text stays.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return highlighter;
}
