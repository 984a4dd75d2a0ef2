"use client";

import { useSyncExternalStore } from "react";

/** Where the page has room for panes side by side: Tailwind's `lg`. */
const WIDE = "(min-width: 1024px)";

// One query list for the page: React reads it on every render of the panes (each streamed draw),
// and `matchMedia` builds a new one per call.
let wide: MediaQueryList | undefined;
const wideQuery = () => {
  wide ??= window.matchMedia(WIDE);
  return wide;
};

function subscribe(onChange: () => void): () => void {
  const query = wideQuery();
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** True when panes sit side by side; below that they become tabs. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => wideQuery().matches,
    () => true,
  );
}
