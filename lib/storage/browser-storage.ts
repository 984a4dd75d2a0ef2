/**
 * This browser's web storage, or null where there is none: on the server, or where privacy
 * settings block it (then merely reading `window.localStorage` throws). Callers degrade to
 * "nothing saved" instead of crashing the page.
 */
export function browserStorage(kind: "local" | "session"): Storage | null {
  if (typeof window === "undefined") return null;
  try {
    return kind === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}
