import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { parsePlaygroundRequest } from "@/lib/playground/parse-request";

export const DRAFT_STORAGE_KEY = "zenmux-playground:draft";

/** The request last edited in this browser, or null when none is stored or it is unreadable. */
export function loadDraft(storage: Storage): PlaygroundRequest | null {
  try {
    const raw = storage.getItem(DRAFT_STORAGE_KEY);
    return raw ? parsePlaygroundRequest(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

/** Saves the draft; returns false when storage refuses it (full, or disabled). */
export function saveDraft(storage: Storage, request: PlaygroundRequest): boolean {
  try {
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(request));
    return true;
  } catch {
    return false;
  }
}
