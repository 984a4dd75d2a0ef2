"use client";
import { useEffect } from "react";
import { useRequestStore } from "@/lib/request/request-context";
import { browserStorage } from "@/lib/storage/stored-value";

type DraftStorage = typeof import("@/lib/drafts/draft-storage");
// Loaded with the initial request (it parses drafts with zod, which the first load leaves out);
// kept here so that saving on pagehide stays synchronous.
let drafts: DraftStorage | undefined;
const loadDrafts = () =>
  import("@/lib/drafts/draft-storage").then((module) => {
    drafts = module;
    return module;
  });

const SAVE_DELAY_MS = 400;
/** The longest a save waits for the page to be idle. */
const IDLE_TIMEOUT_MS = 2000;

const whenIdle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
};

/**
 * Saves the request to this browser once edits pause and the page is idle, off the keystroke
 * path; large attachments go to IndexedDB (draft-storage.ts). When the page hides, whatever is
 * not saved yet is saved at once.
 */
export function useDraftPersistence(): void {
  const store = useRequestStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle: (() => void) | undefined;
    // Edits made, and edits a finished save holds: a save in flight still counts as unsaved.
    let edits = 0;
    let saved = 0;
    // One save at a time, each of the request as it is when the save begins.
    let saving = Promise.resolve();
    const save = () => {
      cancelIdle = undefined;
      saving = saving.then(async () => {
        const storage = browserStorage("local");
        const module = drafts ?? (await loadDrafts());
        const upTo = edits;
        if (storage) await module.saveDraft(storage, store.get());
        saved = Math.max(saved, upTo);
      });
    };
    void loadDrafts();
    const flush = () => {
      clearTimeout(timer);
      cancelIdle?.();
      timer = cancelIdle = undefined;
      const storage = browserStorage("local");
      if (saved === edits || !storage || !drafts) return;
      drafts.saveDraftNow(storage, store.get());
      saved = edits;
    };
    const unsubscribe = store.subscribe(() => {
      edits++;
      clearTimeout(timer);
      cancelIdle?.();
      timer = setTimeout(() => {
        timer = undefined;
        cancelIdle = whenIdle(save);
      }, SAVE_DELAY_MS);
    });
    window.addEventListener("pagehide", flush);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener("pagehide", flush);
    };
  }, [store]);
}
