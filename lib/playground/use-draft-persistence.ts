"use client";
import { useEffect } from "react";
import { useRequestStore } from "@/components/playground/request-context";
import { browserStorage } from "@/lib/playground/browser-storage";
import { saveDraft } from "@/lib/playground/draft-storage";

const SAVE_DELAY_MS = 400;

/** Saves the request to this browser a moment after each edit, and at once when the page hides. */
export function useDraftPersistence(): void {
  const store = useRequestStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      const storage = browserStorage("local");
      if (storage) saveDraft(storage, store.get());
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      save();
    };
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        save();
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
