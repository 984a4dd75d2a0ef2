"use client";
import { useEffect } from "react";
import { useRequestStore } from "@/components/playground/request-context";
import { browserStorage } from "@/lib/playground/browser-storage";

type DraftStorage = typeof import("@/lib/playground/draft-storage");
// Loaded with the initial request (it parses drafts with zod, which the first load leaves out);
// kept here so that saving on pagehide stays synchronous.
let drafts: DraftStorage | undefined;
const loadDrafts = () =>
  import("@/lib/playground/draft-storage").then((module) => {
    drafts = module;
    return module;
  });

const SAVE_DELAY_MS = 400;

/** Saves the request to this browser a moment after each edit, and at once when the page hides. */
export function useDraftPersistence(): void {
  const store = useRequestStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      const storage = browserStorage("local");
      if (!storage) return;
      if (drafts) drafts.saveDraft(storage, store.get());
      else void loadDrafts().then((module) => module.saveDraft(storage, store.get()));
    };
    void loadDrafts();
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
