"use client";

import { lazyView } from "@/components/ui/lazy-view";

/**
 * CodeMirror loads with the first very long text. The message field's <Suspense> keeps its
 * textarea on screen, caret and all, until the editor arrives.
 */
export const LongTextEditor = lazyView(
  () => import("@/components/conversation/long-text-editor"),
  (m) => m.LongTextEditor,
  { suspends: true },
);
