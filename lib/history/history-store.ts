/**
 * History in IndexedDB: a small list of entries, and each run's recording stored apart so the list
 * opens fast. Every function resolves, never rejects: when storage is blocked or full the caller
 * gets a sentence for the user, and the page goes on.
 */
import type { DBSchema, IDBPDatabase } from "idb";
import {
  byNewest,
  entriesOverLimit,
  HISTORY_MAX_CHARS,
  HISTORY_MAX_ENTRIES,
  type HistoryEntry,
  promptLine,
} from "@/lib/history/history";
import { largeMediaSources, mediaIdentity, withMediaIdentities } from "@/lib/media/large-media";
import { type Recording, recordingSchema } from "@/lib/run/recording";
import { outcomeOfRecording, type RunOutcome } from "@/lib/run/run-outcome";
import { idbConnection } from "@/lib/storage/idb-connection";
import { DATABASE_NAMES } from "@/lib/storage/storage-keys";

const HISTORY_DB: string = DATABASE_NAMES.history;

interface HistoryDb extends DBSchema {
  entries: { key: string; value: HistoryEntry };
  recordings: { key: string; value: Recording };
}

export type HistoryResult<T> = { ok: true; value: T } | { ok: false; error: string };

const BLOCKED = "History is not available: this browser blocks site storage.";
const FULL = "History could not save this run: the browser's storage for this site is full.";

const database = idbConnection<HistoryDb>(1, (upgrade) => {
  upgrade.createObjectStore("entries", { keyPath: "id" });
  upgrade.createObjectStore("recordings");
});

function describe(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "QuotaExceededError") return FULL;
  // `in`, not `typeof`: where storage is blocked, merely reading `indexedDB` may throw.
  if (name === "SecurityError" || name === "InvalidStateError" || !("indexedDB" in globalThis))
    return BLOCKED;
  return `History is not available: ${error instanceof Error ? error.message : String(error)}`;
}

async function attempt<T>(work: () => Promise<T>): Promise<HistoryResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

function newId(finishedAt: number): string {
  return `${finishedAt}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The size of the recording's JSON without serialising its attachments: a screenshot's base64
 * would cost the main thread tens of milliseconds to stringify just to be measured.
 */
function jsonChars(recording: Recording): number {
  const swapped = largeMediaSources(recording).reduce(
    (sum, source) => sum + source.data.length - mediaIdentity(source).length,
    0,
  );
  return JSON.stringify(withMediaIdentities(recording)).length + swapped;
}

/**
 * The list entry for a recording. `outcome`, when the caller has it (a live run's last snapshot),
 * saves deriving the whole run again from its events: for a long answer that is a long task.
 */
export function entryFor(recording: Recording, id: string, outcome?: RunOutcome): HistoryEntry {
  return {
    ...(outcome ?? outcomeOfRecording(recording)),
    id,
    prompt: promptLine(recording.request),
    starred: false,
    chars: jsonChars(recording),
  };
}

async function removeEntries(db: IDBPDatabase<HistoryDb>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const tx = db.transaction(["entries", "recordings"], "readwrite");
  await Promise.all([
    ...ids.flatMap((id) => [
      tx.objectStore("entries").delete(id),
      tx.objectStore("recordings").delete(id),
    ]),
    tx.done,
  ]);
}

/** Writes an entry and its recording together, or neither. */
async function put(db: IDBPDatabase<HistoryDb>, entry: HistoryEntry, recording: Recording) {
  const tx = db.transaction(["entries", "recordings"], "readwrite");
  const writes: Promise<unknown>[] = [tx.done];
  try {
    writes.push(tx.objectStore("entries").put(entry));
    writes.push(tx.objectStore("recordings").put(recording, entry.id));
  } catch (error) {
    // A write refused at once (quota, an uncloneable value) must not leave half an entry.
    for (const write of writes) write.catch(() => undefined);
    tx.abort();
    throw error;
  }
  await Promise.all(writes);
}

export interface SaveOptions {
  dbName?: string;
  /** How the run ended, if already known (see entryFor). */
  outcome?: RunOutcome;
  limits?: { maxChars: number; maxEntries: number };
}

/**
 * Keeps a run, then quietly drops the oldest unstarred runs over the limits. When storage is full,
 * it drops the oldest unstarred half (at least one), tries once more, and says so. Resolves to a
 * note for the user or null.
 */
export async function saveRun(
  recording: Recording,
  options: SaveOptions = {},
): Promise<string | null> {
  const limits = options.limits ?? { maxChars: HISTORY_MAX_CHARS, maxEntries: HISTORY_MAX_ENTRIES };
  const result = await attempt(async () => {
    const db = await database(options.dbName ?? HISTORY_DB);
    const entry = entryFor(
      recording,
      newId(recording.end?.epoch ?? recording.startedAtEpoch),
      options.outcome,
    );
    if (entry.chars > limits.maxChars) {
      return "This run is larger than history's size limit, so it was not kept. Export it as a file to keep it.";
    }
    let dropped = 0;
    try {
      await put(db, entry, recording);
    } catch (error) {
      if (describe(error) !== FULL) throw error;
      const unstarred = (await db.getAll("entries")).filter((e) => !e.starred).sort(byNewest);
      // The oldest half, at least one.
      const oldest = unstarred.slice(Math.floor(unstarred.length / 2));
      await removeEntries(
        db,
        oldest.map((e) => e.id),
      );
      dropped += oldest.length;
      await put(db, entry, recording);
    }
    const over = entriesOverLimit(await db.getAll("entries"), limits);
    await removeEntries(
      db,
      over.map((e) => e.id),
    );
    // Keeping to the limits is what history does ("your last N runs"); only a full disk is news.
    return dropped > 0
      ? `Browser storage is full: the ${dropped === 1 ? "oldest run was" : `${dropped} oldest runs were`} removed from history to keep this one.`
      : null;
  });
  return result.ok ? result.value : result.error;
}

export async function listHistory(dbName = HISTORY_DB): Promise<HistoryResult<HistoryEntry[]>> {
  return attempt(async () => (await (await database(dbName)).getAll("entries")).sort(byNewest));
}

/** The stored recording, checked again: storage can be edited by hand or by an older version. */
export async function loadRecording(
  id: string,
  dbName = HISTORY_DB,
): Promise<HistoryResult<Recording>> {
  const read = await attempt(async () => (await database(dbName)).get("recordings", id));
  if (!read.ok) return read;
  const parsed = recordingSchema.safeParse(read.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: "This run's recording could not be read; it may be damaged." };
}

export async function updateEntry(
  id: string,
  change: Partial<Pick<HistoryEntry, "title" | "starred">>,
  dbName = HISTORY_DB,
): Promise<HistoryResult<void>> {
  return attempt(async () => {
    const db = await database(dbName);
    const tx = db.transaction("entries", "readwrite");
    const entry = await tx.store.get(id);
    if (entry) await tx.store.put({ ...entry, ...change });
    await tx.done;
  });
}

export async function deleteEntry(id: string, dbName = HISTORY_DB): Promise<HistoryResult<void>> {
  return attempt(async () => removeEntries(await database(dbName), [id]));
}

export async function clearHistory(dbName = HISTORY_DB): Promise<HistoryResult<void>> {
  return attempt(async () => {
    const db = await database(dbName);
    const tx = db.transaction(["entries", "recordings"], "readwrite");
    await Promise.all([
      tx.objectStore("entries").clear(),
      tx.objectStore("recordings").clear(),
      tx.done,
    ]);
  });
}
