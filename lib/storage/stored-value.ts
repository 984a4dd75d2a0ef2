/**
 * The one way this app reads and writes web storage. Every call can fail in a browser that works
 * fine otherwise, and none of those failures is worth breaking the page over:
 * - where privacy settings block site storage, merely reading `window.localStorage` (or
 *   `sessionStorage`) throws a SecurityError;
 * - a full storage throws a QuotaExceededError from `setItem`;
 * - on the server there is no `window` at all.
 * So these helpers swallow the error and say so in their result: a read finds nothing, a write
 * reports false, and the caller carries on with what it holds in memory.
 */
export type StorageKind = "local" | "session";

/**
 * This browser's web storage, or null where there is none (the server, blocked storage). For
 * code that takes a Storage so that tests can hand it another; it must still expect `setItem`
 * to throw when the storage is full.
 */
export function browserStorage(kind: StorageKind): Storage | null {
  if (typeof window === "undefined") return null;
  try {
    return kind === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The value stored under `key`, or null: none stored, or no storage to read. */
export function readStored(kind: StorageKind, key: string): string | null {
  try {
    return browserStorage(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; false when the storage is blocked, missing or full. */
export function writeStored(kind: StorageKind, key: string, value: string): boolean {
  const storage = browserStorage(kind);
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes what is stored under `key`, where there is storage to remove it from. */
export function removeStored(kind: StorageKind, key: string): void {
  try {
    browserStorage(kind)?.removeItem(key);
  } catch {
    // Blocked storage holds nothing of ours to remove.
  }
}
