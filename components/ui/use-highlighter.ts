"use client";

import { useEffect, useMemo, useState } from "react";
import type { HighlighterCore, LanguageInput, ThemedToken } from "shiki/core";

// A fixed map keeps each grammar its own small chunk: a reply's code block loads only its language.
const bash = () => import("shiki/langs/bash.mjs");
const python = () => import("shiki/langs/python.mjs");
const typescript = () => import("shiki/langs/typescript.mjs");
const javascript = () => import("shiki/langs/javascript.mjs");
const markdown = () => import("shiki/langs/markdown.mjs");
const yaml = () => import("shiki/langs/yaml.mjs");
const languages: Record<string, LanguageInput> = {
  bash,
  sh: bash,
  shell: bash,
  shellscript: bash,
  zsh: bash,
  python,
  py: python,
  typescript,
  ts: typescript,
  javascript,
  js: javascript,
  json: () => import("shiki/langs/json.mjs"),
  tsx: () => import("shiki/langs/tsx.mjs"),
  jsx: () => import("shiki/langs/jsx.mjs"),
  html: () => import("shiki/langs/html.mjs"),
  css: () => import("shiki/langs/css.mjs"),
  go: () => import("shiki/langs/go.mjs"),
  rust: () => import("shiki/langs/rust.mjs"),
  rs: () => import("shiki/langs/rust.mjs"),
  java: () => import("shiki/langs/java.mjs"),
  c: () => import("shiki/langs/c.mjs"),
  cpp: () => import("shiki/langs/cpp.mjs"),
  "c++": () => import("shiki/langs/cpp.mjs"),
  sql: () => import("shiki/langs/sql.mjs"),
  yaml,
  yml: yaml,
  markdown,
  md: markdown,
  diff: () => import("shiki/langs/diff.mjs"),
};

/** The map's key for `lang`, or undefined when it is not one we highlight (shown as plain text). */
function knownLanguage(lang: string | undefined): string | undefined {
  const key = lang?.toLowerCase();
  return key !== undefined && Object.hasOwn(languages, key) ? key : undefined;
}

let core: Promise<HighlighterCore> | undefined;
// Set once Shiki has loaded, so later renders can tokenize synchronously.
let loadedCore: HighlighterCore | undefined;
const loading = new Map<string, Promise<HighlighterCore>>();
// Languages ready to use: a remount (switching tabs) highlights at once instead of flashing plain text.
const ready = new Set<string>();

function loadCore(): Promise<HighlighterCore> {
  core ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
      import("shiki/core"),
      // The JavaScript regex engine spares the page the Oniguruma WebAssembly download.
      import("shiki/engine/javascript"),
    ]);
    return createHighlighterCore({
      themes: [
        import("shiki/themes/github-light-default.mjs"),
        import("shiki/themes/github-dark-default.mjs"),
      ],
      langs: [],
      engine: createJavaScriptRegexEngine(),
    });
  })();
  return core;
}

function loadLanguage(lang: string): Promise<HighlighterCore> {
  let pending = loading.get(lang);
  if (!pending) {
    const load = languages[lang];
    pending = loadCore().then(async (highlighter) => {
      if (load) await highlighter.loadLanguage(load);
      loadedCore = highlighter;
      ready.add(lang);
      return highlighter;
    });
    // A failed download may succeed on the next code block.
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

/** Tokens of one line each; `color` is the light theme's, `--shiki-dark` the dark one's. */
export type HighlightedLines = ThemedToken[][];

function tokenize(highlighter: HighlighterCore, code: string, lang: string): HighlightedLines {
  return highlighter.codeToTokens(code, {
    lang,
    themes: { light: "github-light-default", dark: "github-dark-default" },
  }).tokens;
}

function readyCore(lang: string | undefined): HighlighterCore | undefined {
  return lang !== undefined && ready.has(lang) ? loadedCore : undefined;
}

type Highlighted = { code: string; lang: string; lines: HighlightedLines };

/**
 * `code` as tokens, with the code they were made from, once Shiki and the language have loaded.
 * With `debounceMs`, a growing text (a stream) is tokenized when it pauses, not on every frame,
 * so the tokens may lag behind `code`. Undefined for unknown languages and until loaded: callers
 * show plain text.
 */
export function useHighlightedLines(
  code: string,
  lang: string | undefined,
  debounceMs = 0,
): { code: string; lines: HighlightedLines } | undefined {
  const key = knownLanguage(lang);
  const [settled, setSettled] = useState<Highlighted | undefined>(() => {
    const highlighter = readyCore(key);
    return highlighter && key
      ? { code, lang: key, lines: tokenize(highlighter, code, key) }
      : undefined;
  });
  const [, setLoads] = useState(0);
  const isReady = readyCore(key) !== undefined;
  const immediate = useMemo(() => {
    const highlighter = readyCore(key);
    return debounceMs === 0 && isReady && highlighter && key
      ? tokenize(highlighter, code, key)
      : undefined;
  }, [debounceMs, isReady, code, key]);

  useEffect(() => {
    if (!key || (debounceMs === 0 && isReady)) return;
    let live = true;
    const timer = window.setTimeout(() => {
      loadLanguage(key).then(
        (highlighter) => {
          if (!live) return;
          if (debounceMs === 0) setLoads((n) => n + 1);
          else setSettled({ code, lang: key, lines: tokenize(highlighter, code, key) });
        },
        // Highlighting is an enhancement: on failure the plain text stays.
        () => undefined,
      );
    }, debounceMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [code, key, debounceMs, isReady]);

  if (immediate) return { code, lines: immediate };
  return debounceMs > 0 && settled?.lang === key ? settled : undefined;
}
