/**
 * The user's own ZenMux key, kept in this browser only: for the session by default
 * (sessionStorage), or on this device when the user opts in (localStorage). It is sent only to
 * our own proxy, as `x-api-key`.
 */

import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import {
  readStored,
  removeStored,
  type StorageKind,
  writeStored,
} from "@/lib/storage/stored-value";

export type KeyPersistence = "session" | "device";

const kindFor = (persistence: KeyPersistence): StorageKind =>
  persistence === "device" ? "local" : "session";

export function loadUserKey(): string | null {
  return readStored("session", STORAGE_KEYS.userKey) ?? readStored("local", STORAGE_KEYS.userKey);
}

export function keyPersistence(): KeyPersistence | null {
  if (readStored("local", STORAGE_KEYS.userKey)) return "device";
  if (readStored("session", STORAGE_KEYS.userKey)) return "session";
  return null;
}

/** Saves the key; false when this browser's storage of that kind is blocked, missing or full. */
export function saveUserKey(key: string, persistence: KeyPersistence): boolean {
  forgetUserKey();
  const saved = writeStored(kindFor(persistence), STORAGE_KEYS.userKey, key.trim());
  window.dispatchEvent(new Event(USER_KEY_CHANGED));
  return saved;
}

export function forgetUserKey(): void {
  removeStored("session", STORAGE_KEYS.userKey);
  removeStored("local", STORAGE_KEYS.userKey);
  window.dispatchEvent(new Event(USER_KEY_CHANGED));
}

/** Dispatched on window whenever the key is saved or forgotten. */
export const USER_KEY_CHANGED = "zenmux-playground:user-key-changed";

/** Headers that carry the user's key to our proxy, when there is one. */
export function userKeyHeaders(): Record<string, string> {
  const key = loadUserKey();
  return key ? { "x-api-key": key } : {};
}
