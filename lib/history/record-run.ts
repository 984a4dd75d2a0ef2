/**
 * How the page keeps its runs in history: the IndexedDB store (history-store.ts) loads on first
 * use, not with the page, and open views hear of every change.
 */

import type { RunSnapshot } from "@/lib/run/recorder";
import type { Recording } from "@/lib/run/recording";

/** Dispatched on window when history changes; `detail` is a sentence for the user, or null. */
export const HISTORY_CHANGED = "zenmux-playground:history-changed";

/** Tells open views (and the page's notice) that history changed, with a note when it could not. */
function announceHistoryChange(note: string | null): void {
  window.dispatchEvent(new CustomEvent<string | null>(HISTORY_CHANGED, { detail: note }));
}

const historyModules = () =>
  Promise.all([import("@/lib/history/history-store"), import("@/lib/run/run-outcome")]);

/**
 * Loads history's store while a run streams, so the run is written the moment it settles rather
 * than after two chunks load: a reload right after the answer ends finds it in history.
 */
export function preloadHistory(): void {
  void historyModules();
}

/**
 * Keeps a settled run in this browser's history; loads the IndexedDB store on first use. The
 * run's last snapshot, when given, says how it ended without deriving it again.
 */
export async function recordRun(recording: Recording, snapshot?: RunSnapshot): Promise<void> {
  const [{ saveRun }, { outcomeOf }] = await historyModules();
  const finishedAt = recording.end?.epoch ?? recording.startedAtEpoch;
  const outcome = snapshot ? outcomeOf(snapshot, finishedAt) : undefined;
  announceHistoryChange(await saveRun(recording, { outcome }));
}
