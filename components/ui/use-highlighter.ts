"use client";

import { useEffect, useRef, useState } from "react";
import { LANGUAGE_LOADERS } from "./highlight-languages";
import type { HighlightedLines } from "./highlight-lines";
import type { HighlightJob, HighlightResult } from "./highlight-worker";

/**
 * Text longer than this stays plain: even tokenized off the main thread, its thousands of token
 * spans would take the main thread long to render. The code panel elides long strings, so its
 * snippets stay well below.
 */
const HIGHLIGHT_LIMIT = 40_000;

/** The map's key for `lang`, or undefined when it is not one we highlight (shown as plain text). */
function knownLanguage(lang: string | undefined): string | undefined {
  const key = lang?.toLowerCase();
  return key !== undefined && Object.hasOwn(LANGUAGE_LOADERS, key) ? key : undefined;
}

let worker: Worker | undefined;
let nextId = 0;
let nextSlot = 0;
/** The one job each slot waits for; a newer job for the slot settles the older as undefined. */
const answers = new Map<number, { id: number; settle: (lines?: HighlightedLines) => void }>();

/** Shiki runs in a worker created on first use, so it never weighs on the first load. */
function highlightWorker(): Worker | undefined {
  if (worker || typeof Worker === "undefined") return worker;
  worker = new Worker(new URL("./highlight-worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }: MessageEvent<HighlightResult>) => {
    const answer = answers.get(data.slot);
    if (answer?.id !== data.id) return;
    answers.delete(data.slot);
    answer.settle(data.lines);
  };
  return worker;
}

function highlightOffThread(slot: number, code: string, lang: string) {
  return new Promise<HighlightedLines | undefined>((settle) => {
    const target = highlightWorker();
    if (!target) return settle(undefined);
    answers.get(slot)?.settle(undefined);
    const id = nextId++;
    answers.set(slot, { id, settle });
    target.postMessage({ slot, id, code, lang } satisfies HighlightJob);
  });
}

// Recent results, so switching back to a tab shows its colours at once instead of plain text.
const recent = new Map<string, HighlightedLines>();
const RECENT_LIMIT = 24;

function remember(key: string, lines: HighlightedLines) {
  recent.delete(key);
  recent.set(key, lines);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
}

type Highlighted = { code: string; lang: string; lines: HighlightedLines };

/**
 * `code` as tokens, with the code they were made from, once a worker has tokenized it. With
 * `debounceMs`, a growing text (a stream) is sent when it pauses, not on every frame. The tokens
 * may lag behind `code` (callers use them while they fit its start). Undefined for unknown
 * languages, text over HIGHLIGHT_LIMIT and until the first tokens arrive: callers show plain text.
 */
export function useHighlightedLines(
  code: string,
  lang: string | undefined,
  debounceMs = 0,
): { code: string; lines: HighlightedLines } | undefined {
  const key = code.length <= HIGHLIGHT_LIMIT ? knownLanguage(lang) : undefined;
  const cacheKey = key && `${key}\n${code}`;
  const cached = cacheKey ? recent.get(cacheKey) : undefined;
  const slot = useRef(-1);
  if (slot.current === -1) slot.current = nextSlot++;
  const [settled, setSettled] = useState<Highlighted | undefined>();

  useEffect(() => {
    if (!key || !cacheKey || cached) return;
    let live = true;
    const timer = window.setTimeout(() => {
      highlightOffThread(slot.current, code, key).then((lines) => {
        if (!lines) return;
        remember(cacheKey, lines);
        if (live) setSettled({ code, lang: key, lines });
      });
    }, debounceMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [code, key, cacheKey, cached, debounceMs]);

  if (cached) return { code, lines: cached };
  return key && settled?.lang === key ? settled : undefined;
}
