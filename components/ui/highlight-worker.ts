import type { HighlighterCore, ThemedToken } from "shiki/core";
import { LANGUAGE_LOADERS } from "./highlight-languages";

/**
 * Shiki in a Web Worker: tokenizing a large snippet takes hundreds of milliseconds, which on the
 * main thread would freeze typing and scrolling. One job per slot (one code block) is kept: a
 * newer text for the same block replaces one still waiting, so typing never queues up work.
 */
export interface HighlightJob {
  slot: number;
  id: number;
  code: string;
  lang: string;
}

export interface HighlightResult {
  slot: number;
  id: number;
  /** Undefined when the language or Shiki failed to load: the block stays plain text. */
  lines?: ThemedToken[][];
}

// The project's types are the DOM's; a worker's global needs only these two members here.
const scope = self as unknown as {
  postMessage(message: HighlightResult): void;
  onmessage: ((event: MessageEvent<HighlightJob>) => void) | null;
};
let core: Promise<HighlighterCore> | undefined;
const loaded = new Map<string, Promise<void>>();
const waiting = new Map<number, HighlightJob>();
let draining = false;

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

async function highlighterFor(lang: string): Promise<HighlighterCore> {
  const highlighter = await loadCore();
  let language = loaded.get(lang);
  if (!language) {
    const load = LANGUAGE_LOADERS[lang];
    language = load ? highlighter.loadLanguage(load) : Promise.reject(new Error(lang));
    // A failed download may succeed on the next request.
    language.catch(() => loaded.delete(lang));
    loaded.set(lang, language);
  }
  await language;
  return highlighter;
}

async function drain() {
  draining = true;
  while (waiting.size > 0) {
    // Let messages that arrived meanwhile replace the jobs they supersede.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [slot, job] = waiting.entries().next().value as [number, HighlightJob];
    waiting.delete(slot);
    let lines: ThemedToken[][] | undefined;
    try {
      const highlighter = await highlighterFor(job.lang);
      lines = highlighter.codeToTokens(job.code, {
        lang: job.lang,
        themes: { light: "github-light-default", dark: "github-dark-default" },
      }).tokens;
    } catch {
      lines = undefined;
    }
    scope.postMessage({ slot, id: job.id, lines } satisfies HighlightResult);
  }
  draining = false;
}

scope.onmessage = (event: MessageEvent<HighlightJob>) => {
  waiting.set(event.data.slot, event.data);
  if (!draining) void drain();
};
