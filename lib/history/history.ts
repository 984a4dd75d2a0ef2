/**
 * This browser's history of runs: what an entry says about its run, how entries are searched, and
 * which entries a size limit pushes out. The IndexedDB store that keeps them is history-store.ts;
 * record-run.ts loads it on demand to keep the page's runs.
 */
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { RunOutcome } from "@/lib/run/run-outcome";

/** Together the recordings may take this many characters of JSON before the oldest go. */
export const HISTORY_MAX_CHARS = 25_000_000;
export const HISTORY_MAX_ENTRIES = 200;

/**
 * One run in this browser's history: its stored recording's outcome summary (RunOutcome) plus
 * the list's own fields. The recording itself is stored apart and read only on restore.
 */
export interface HistoryEntry extends RunOutcome {
  id: string;
  /** The first line the run asked, for the list and search. */
  prompt: string;
  /** A name the user gave it, else undefined. */
  title?: string;
  starred: boolean;
  /** Size of the stored recording's JSON, for the limit. */
  chars: number;
}

/** Newest first. */
export function byNewest(a: HistoryEntry, b: HistoryEntry): number {
  return b.finishedAt - a.finishedAt;
}

/** Entries whose name, prompt, answer, model or status contain every word of the query. */
export function searchHistory(entries: readonly HistoryEntry[], query: string): HistoryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = [entry.title, entry.prompt, entry.preview, entry.model, entry.status]
      .filter(Boolean)
      .join("\n")
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The entries to drop so the rest fit the limits: oldest unstarred first. Starred entries are
 * never dropped, even when they alone are over the limit.
 */
export function entriesOverLimit(
  entries: readonly HistoryEntry[],
  limits: { maxChars: number; maxEntries: number } = {
    maxChars: HISTORY_MAX_CHARS,
    maxEntries: HISTORY_MAX_ENTRIES,
  },
): HistoryEntry[] {
  let chars = entries.reduce((sum, entry) => sum + entry.chars, 0);
  let count = entries.length;
  const drop: HistoryEntry[] = [];
  const oldestFirst = [...entries].sort(byNewest).reverse();
  for (const entry of oldestFirst) {
    if (chars <= limits.maxChars && count <= limits.maxEntries) break;
    if (entry.starred) continue;
    drop.push(entry);
    chars -= entry.chars;
    count -= 1;
  }
  return drop;
}

/** The first line of the last user message's text: what the run asked. */
export function promptLine(request: PlaygroundRequest): string {
  const lastUser = [...request.body.messages].reverse().find((message) => message.role === "user");
  const content = lastUser?.content;
  let text = "";
  if (typeof content === "string") text = content;
  else if (Array.isArray(content)) {
    const block = content.find((item) => item.type === "text");
    text = block && "text" in block ? block.text : content.length ? `[${content[0]?.type}]` : "";
  }
  return firstLine(text);
}

export function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .find((line) => line.trim())
      ?.trim() ?? ""
  );
}
