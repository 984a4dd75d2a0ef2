"use client";
import { useSyncExternalStore } from "react";
import { loadUserKey, USER_KEY_CHANGED } from "@/lib/keys/user-key";

function subscribe(onChange: () => void): () => void {
  window.addEventListener(USER_KEY_CHANGED, onChange);
  // Another tab saving "Remember on this device" changes localStorage here too.
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(USER_KEY_CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The user's own ZenMux key in this browser, or null; follows saves and "Forget key". */
export function useUserKey(): string | null {
  return useSyncExternalStore(subscribe, loadUserKey, () => null);
}
