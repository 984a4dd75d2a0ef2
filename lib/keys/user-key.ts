/**
 * The user's own ZenMux key, kept in this browser only: for the session by default
 * (sessionStorage), or on this device when the user opts in (localStorage). It is sent only to
 * our own proxy, as `x-api-key`.
 */
import { browserStorage } from "@/lib/storage/browser-storage";

const STORAGE_KEY = "zenmux-playground:user-key";

export type KeyPersistence = "session" | "device";

const storageFor = (persistence: KeyPersistence) =>
  browserStorage(persistence === "device" ? "local" : "session");

export function loadUserKey(): string | null {
  return (
    storageFor("session")?.getItem(STORAGE_KEY) ??
    storageFor("device")?.getItem(STORAGE_KEY) ??
    null
  );
}

export function keyPersistence(): KeyPersistence | null {
  if (storageFor("device")?.getItem(STORAGE_KEY)) return "device";
  if (storageFor("session")?.getItem(STORAGE_KEY)) return "session";
  return null;
}

/** Saves the key; false when this browser offers no storage of that kind. */
export function saveUserKey(key: string, persistence: KeyPersistence): boolean {
  forgetUserKey();
  const storage = storageFor(persistence);
  storage?.setItem(STORAGE_KEY, key.trim());
  window.dispatchEvent(new Event(USER_KEY_CHANGED));
  return storage !== null;
}

export function forgetUserKey(): void {
  storageFor("session")?.removeItem(STORAGE_KEY);
  storageFor("device")?.removeItem(STORAGE_KEY);
  window.dispatchEvent(new Event(USER_KEY_CHANGED));
}

/** Dispatched on window whenever the key is saved or forgotten. */
export const USER_KEY_CHANGED = "zenmux-playground:user-key-changed";

/** Headers that carry the user's key to our proxy, when there is one. */
export function userKeyHeaders(): Record<string, string> {
  const key = loadUserKey();
  return key ? { "x-api-key": key } : {};
}
