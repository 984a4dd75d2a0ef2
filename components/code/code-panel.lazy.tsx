"use client";

import { lazyView } from "@/components/ui/lazy-view";

/** The code opens on demand, so its generators and highlighter load with it, not with the page. */
export const CodePanel = lazyView(
  () => import("@/components/code/code-panel"),
  (m) => m.CodePanel,
  { fallback: () => <p className="p-4 text-sm text-fg-subtle">Loading the code…</p> },
);
