"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** The list and its IndexedDB store load when the History dialog first opens, not with the page. */
export const HistoryPanel = lazyView(
  () => import("@/components/history/history-panel"),
  (m) => m.HistoryPanel,
  { fallback: () => <p className="p-6 text-sm text-fg-muted">Loading…</p> },
);
