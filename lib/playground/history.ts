import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { parsePlaygroundRequest } from "@/lib/playground/parse-request";
import type { RunOutcome } from "@/lib/playground/run-outcome";
import { stripLargeMedia } from "@/lib/playground/strip-media";

export const HISTORY_STORAGE_KEY = "zenmux-playground:history";
export const HISTORY_LIMIT = 50;
/** Dispatched on window when history changes, so an open history view can refresh. */
export const HISTORY_CHANGED = "zenmux-playground:history-changed";

export interface HistoryEntry extends RunOutcome {
  id: string;
  /** Set when image or document data had to be dropped to fit the browser's storage. */
  mediaDropped?: boolean;
}

export interface HistorySave {
  entries: HistoryEntry[];
  /** A sentence for the user when something had to be left out, else null. */
  note: string | null;
}

const STATUSES = new Set(["done", "error", "stopped"]);

function parseEntry(value: unknown): HistoryEntry | null {
  if (typeof value !== "object" || value === null) return null;
  const entry = value as Partial<HistoryEntry>;
  const request = parsePlaygroundRequest(entry.request);
  if (
    !request ||
    typeof entry.id !== "string" ||
    typeof entry.finishedAt !== "number" ||
    !STATUSES.has(entry.status ?? "") ||
    typeof entry.preview !== "string"
  ) {
    return null;
  }
  return { ...(entry as HistoryEntry), request };
}

/** Newest first; unreadable entries (or an unreadable list) are skipped, never thrown. */
export function loadHistory(storage: Storage): HistoryEntry[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(HISTORY_STORAGE_KEY) ?? "[]");
    if (!Array.isArray(value)) return [];
    return value
      .map(parseEntry)
      .filter((entry): entry is HistoryEntry => entry !== null)
      .slice(0, HISTORY_LIMIT);
  } catch {
    return [];
  }
}

function tryWrite(storage: Storage, entries: HistoryEntry[]): boolean {
  try {
    storage.setItem(HISTORY_STORAGE_KEY, JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

function withoutMedia(entry: HistoryEntry): HistoryEntry {
  const { request, stripped } = stripLargeMedia(entry.request, 0);
  return stripped.images || stripped.documents ? { ...entry, request, mediaDropped: true } : entry;
}

/**
 * Adds a run at the front and keeps the newest {@link HISTORY_LIMIT}. When storage is full,
 * image and document data go first (the entry notes it), then the oldest entries.
 */
export function addToHistory(
  storage: Storage,
  outcome: RunOutcome,
  id: string = `${outcome.finishedAt}-${Math.random().toString(36).slice(2, 8)}`,
): HistorySave {
  const entry: HistoryEntry = { ...outcome, id, preview: outcome.preview.slice(0, 500) };
  let entries = [entry, ...loadHistory(storage)].slice(0, HISTORY_LIMIT);
  if (tryWrite(storage, entries)) return { entries, note: null };

  entries = entries.map(withoutMedia);
  const note = "Image and document data were left out of saved history: browser storage is full.";
  while (entries.length > 0) {
    if (tryWrite(storage, entries)) return { entries, note };
    entries = entries.slice(0, -1);
  }
  return { entries: [], note: "History could not be saved: browser storage is full." };
}

export function clearHistory(storage: Storage): void {
  try {
    storage.removeItem(HISTORY_STORAGE_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** The first line of the last user turn's text: what the run asked. */
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

/** Records a settled run in this browser's history and tells open views about it. */
export function recordRun(outcome: RunOutcome): void {
  let save: HistorySave;
  try {
    save = addToHistory(window.localStorage, outcome);
  } catch {
    return; // Storage disabled: history is a convenience, the run itself already succeeded.
  }
  window.dispatchEvent(new CustomEvent<string | null>(HISTORY_CHANGED, { detail: save.note }));
}
