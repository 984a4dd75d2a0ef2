/**
 * The user's own ZenMux key, kept in this browser only: for the session by default
 * (sessionStorage), or on this device when the user opts in (localStorage). It is sent only to
 * our own proxy, as `x-api-key`.
 */
const STORAGE_KEY = "zenmux-playground:user-key";

export type KeyPersistence = "session" | "device";

export function loadUserKey(): string | null {
  if (typeof window === "undefined") return null;
  return window.sessionStorage.getItem(STORAGE_KEY) ?? window.localStorage.getItem(STORAGE_KEY);
}

export function keyPersistence(): KeyPersistence | null {
  if (typeof window === "undefined") return null;
  if (window.localStorage.getItem(STORAGE_KEY)) return "device";
  if (window.sessionStorage.getItem(STORAGE_KEY)) return "session";
  return null;
}

export function saveUserKey(key: string, persistence: KeyPersistence): void {
  forgetUserKey();
  const storage = persistence === "device" ? window.localStorage : window.sessionStorage;
  storage.setItem(STORAGE_KEY, key.trim());
  window.dispatchEvent(new Event(USER_KEY_CHANGED));
}

export function forgetUserKey(): void {
  window.sessionStorage.removeItem(STORAGE_KEY);
  window.localStorage.removeItem(STORAGE_KEY);
  window.dispatchEvent(new Event(USER_KEY_CHANGED));
}

/** Dispatched on window whenever the key is saved or forgotten. */
export const USER_KEY_CHANGED = "zenmux-playground:user-key-changed";

/** Headers that carry the user's key to our proxy, when there is one. */
export function userKeyHeaders(): Record<string, string> {
  const key = loadUserKey();
  return key ? { "x-api-key": key } : {};
}
