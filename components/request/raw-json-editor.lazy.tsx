"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** The JSON view and its parser (zod) load when the JSON tab is first wanted. */
export const RawJsonEditor = lazyView(
  () => import("@/components/request/raw-json-editor"),
  (m) => m.RawJsonEditor,
  { fallback: () => <p className="p-3 text-xs text-fg-subtle">Loading the JSON view…</p> },
);
