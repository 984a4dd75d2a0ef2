"use client";

import { lazyView } from "@/components/ui/lazy-view";

// The views of an answer, and its replay and export bar, are not on the first screen (it shows
// the empty state): they load just after it, while the page is idle, so the first run finds them.

// Busy until its code arrives, so nobody (reader or test) takes the empty panel for the view.
const ViewLoading = () => (
  <p aria-busy="true" className="p-3 text-sm text-fg-subtle">
    Loading…
  </p>
);

export const ResponseView = lazyView(
  () => import("@/components/run/response-view"),
  (m) => m.ResponseView,
  { fallback: ViewLoading },
);
export const EventsView = lazyView(
  () => import("@/components/run/events-view"),
  (m) => m.EventsView,
  { fallback: ViewLoading },
);
export const RawView = lazyView(
  () => import("@/components/run/raw-view"),
  (m) => m.RawView,
  { fallback: ViewLoading },
);
export const MetricsView = lazyView(
  () => import("@/components/run/metrics-view"),
  (m) => m.MetricsView,
  { fallback: ViewLoading },
);
export const RecordingBar = lazyView(
  () => import("@/components/run/recording-bar"),
  (m) => m.RecordingBar,
);

/** Fetches every view of an answer, and the bar, ahead of the first run. */
export function preloadResponseViews(): void {
  void Promise.all([
    ResponseView.preload(),
    EventsView.preload(),
    RawView.preload(),
    MetricsView.preload(),
    RecordingBar.preload(),
  ]);
}

// The examples load beside the page rather than in it: the first load stays as light as it was.
export const FirstRun = lazyView(
  () => import("@/components/run/first-run"),
  (m) => m.FirstRun,
  { fallback: () => <div className="min-h-96" /> },
);
