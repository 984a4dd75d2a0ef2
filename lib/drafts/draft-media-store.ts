/**
 * The draft's large attachments, in IndexedDB, as Blobs of their base64 text: the browser stores
 * a Blob without serialising it on the main thread (a 15 MB string would take it ~50 ms), and the
 * quota is the disk's rather than localStorage's few megabytes. Keyed by content, so an
 * attachment is written once however often the draft is saved. Every function resolves, never
 * rejects: where storage is blocked the draft is kept without them.
 */
import type { DBSchema } from "idb";
import type { PreparedMedia } from "@/lib/media/media-work";
import { idbConnection } from "@/lib/storage/idb-connection";
import { DATABASE_NAMES } from "@/lib/storage/storage-keys";

const DRAFT_MEDIA_DB: string = DATABASE_NAMES.draftMedia;

/** Media no draft refers to are kept this long, for a save in another tab that is on its way. */
const ORPHAN_GRACE_MS = 60_000;

interface DraftMedia extends PreparedMedia {
  savedAt: number;
}

interface DraftMediaDb extends DBSchema {
  media: { key: string; value: DraftMedia; indexes: { savedAt: number } };
}

const database = idbConnection<DraftMediaDb>(1, (upgrade) => {
  upgrade.createObjectStore("media", { keyPath: "key" }).createIndex("savedAt", "savedAt");
});

async function quietly<T>(work: () => Promise<T>, otherwise: T): Promise<T> {
  try {
    return await work();
  } catch {
    return otherwise;
  }
}

/** Stores the media not stored yet; resolves to whether all of them are now stored. */
export function putDraftMedia(
  media: readonly PreparedMedia[],
  dbName = DRAFT_MEDIA_DB,
): Promise<boolean> {
  return quietly(async () => {
    if (media.length === 0) return true;
    const db = await database(dbName);
    const tx = db.transaction("media", "readwrite");
    const savedAt = Date.now();
    await Promise.all([
      ...media.map(async ({ key, blob, jsonSafe }) => {
        if ((await tx.store.getKey(key)) === undefined)
          await tx.store.put({ key, blob, jsonSafe, savedAt });
      }),
      tx.done,
    ]);
    return true;
  }, false);
}

/** The stored media of each key found; missing keys are left out. */
export function getDraftMedia(
  keys: Iterable<string>,
  dbName = DRAFT_MEDIA_DB,
): Promise<Map<string, PreparedMedia>> {
  return quietly(async () => {
    const db = await database(dbName);
    const tx = db.transaction("media", "readonly");
    const found = new Map<string, PreparedMedia>();
    await Promise.all([
      ...[...new Set(keys)].map(async (key) => {
        const entry = await tx.store.get(key);
        if (entry) found.set(key, { key, blob: entry.blob, jsonSafe: entry.jsonSafe });
      }),
      tx.done,
    ]);
    return found;
  }, new Map());
}

/** Deletes media the draft no longer refers to (once they are past the grace period). */
export function pruneDraftMedia(
  keep: ReadonlySet<string>,
  dbName = DRAFT_MEDIA_DB,
  now = Date.now(),
): Promise<void> {
  return quietly(async () => {
    const db = await database(dbName);
    const tx = db.transaction("media", "readwrite");
    // A key cursor over the dates: reading values would load every attachment's data.
    const old = IDBKeyRange.upperBound(now - ORPHAN_GRACE_MS, true);
    let cursor = await tx.store.index("savedAt").openKeyCursor(old);
    const deletes: Promise<void>[] = [];
    while (cursor) {
      if (!keep.has(cursor.primaryKey)) deletes.push(tx.store.delete(cursor.primaryKey));
      cursor = await cursor.continue();
    }
    await Promise.all([...deletes, tx.done]);
  }, undefined);
}
